// SPDX-License-Identifier: MIT
// Pages render as a reader expects: figures fit, paragraphs hold together, code stays unwrapped.
#include "content/catalogue.h"
#include "hostilefiles.h"
#include "markdown/codetheme.h"
#include "markdown/markdownparser.h"
#include "outlineview.h"
#include "pageview.h"
#include "windowstyle.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFile>
#include <QFontMetricsF>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

namespace {
QTextBlock blockContaining(const QTextDocument *document, const QString &text)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(text))
            return block;
    }
    return {};
}

QString shownText(const QByteArray &markdown)
{
    QTextDocument document;
    document.setHtml(MarkdownParser::parse(markdown).html);
    return document.toPlainText();
}
/// Opens the page's context menu at \a at, as a right click would, and finds its action \a name.
QAction *contextMenuAction(PageView *view, const QPoint &at, const QString &name)
{
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(view->viewport(), &event);
    QAction *found = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *menu = qobject_cast<QMenu *>(widget); menu && menu->isVisible())
            found = menu->findChild<QAction *>(name);
    }
    return found;
}
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}
} // namespace

class TestPageRendering : public QObject
{
    Q_OBJECT

    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<PageView> m_view;

private slots:
    void initTestCase() { m_catalogue = std::make_unique<Catalogue>(Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR))); }

    void init()
    {
        m_view = std::make_unique<PageView>(*m_catalogue);
        m_view->resize(640, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QVERIFY(m_view->showPage(QStringLiteral("what-rust-is-used-for")));
    }

    void cleanup() { m_view.reset(); }

    // The <figure> after the first paragraph once made one of its lines 200 px tall.
    void paragraphBeforeAFigureHoldsTogether()
    {
        const QTextBlock paragraph = blockContaining(m_view->document(), QStringLiteral("Rust began as a systems language"));
        QVERIFY(paragraph.isValid());
        QVERIFY(!paragraph.text().contains(QChar::ObjectReplacementCharacter)); // no image inside it
        const qreal lineHeight = QFontMetricsF(m_view->document()->defaultFont()).lineSpacing();
        for (int line = 0; line < paragraph.layout()->lineCount(); ++line)
            QVERIFY(paragraph.layout()->lineAt(line).height() < 2 * lineHeight);
        QVERIFY(blockContaining(m_view->document(), QStringLiteral("Figure drawn for Rust Atlas")).blockFormat().alignment()
                & Qt::AlignHCenter);
    }

    void figureFitsTheWidthAfterAResize()
    {
        // At once, before any refit: room was left for the vertical scroll bar the page gets.
        QCoreApplication::processEvents();
        QCOMPARE(m_view->horizontalScrollBar()->maximum(), 0);
        m_view->resize(420, 700);
        QTRY_COMPARE(m_view->horizontalScrollBar()->maximum(), 0);
        m_view->resize(900, 700);
        QTRY_COMPARE(m_view->horizontalScrollBar()->maximum(), 0);
        // The figure grew with the page again (it was drawn for 420 px before).
        QTRY_VERIFY(m_view->document()->size().width() > 800);
        const QTextBlock figure = blockContaining(m_view->document(), QString(QChar::ObjectReplacementCharacter));
        QVERIFY(figure.isValid());
        QTRY_VERIFY2(figure.layout()->lineAt(0).naturalTextWidth() > 600,
                     qPrintable(QString::number(figure.layout()->lineAt(0).naturalTextWidth())));
    }

    void listIconsAreTheSizeOfALine()
    {
        const QTextBlock item = blockContaining(m_view->document(), QStringLiteral("Audio programming"));
        QVERIFY(item.isValid() && item.textList());
        const QTextImageFormat icon = item.begin().fragment().charFormat().toImageFormat();
        QVERIFY(icon.isValid());
        QCOMPARE(icon.width(), 24.0);
        QCOMPARE(icon.verticalAlignment(), QTextCharFormat::AlignMiddle);
    }

    void shownLinksCarryTheirResolvedTargets()
    {
        // Each link of the page is resolved once, as it is read; the document carries the result.
        m_view->showPage(QStringLiteral("audiences/speed-and-stability"));
        QStringList shown;
        for (QTextBlock block = m_view->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (const QTextCharFormat format = it.fragment().charFormat(); format.isAnchor() && !format.anchorHref().isEmpty())
                    shown << format.anchorHref();
            }
        }
        QStringList resolved;
        for (const Reference &link : m_view->content().links)
            resolved << link.target.href();
        shown.removeDuplicates();
        resolved.removeDuplicates();
        QCOMPARE(shown, resolved);
        QVERIFY(resolved.contains(QStringLiteral("ra-page:what-rust-is-used-for#rust-in-production")));
        QVERIFY(resolved.contains(QStringLiteral("ra-page:categories/audio")));

        // Following one needs no resolving: its target is in the address.
        QSignalSpy followed(m_view.get(), &PageView::pageLinkActivated);
        emit m_view->anchorClicked(QUrl(QStringLiteral("ra-page:categories/audio#why-rust-fits")));
        QCOMPARE(followed.size(), 1);
        QCOMPARE(followed.first(), (QVariantList{QStringLiteral("categories/audio"), QStringLiteral("why-rust-fits")}));
        QSignalSpy refused(m_view.get(), &PageView::linkRefused);
        emit m_view->anchorClicked(QUrl(LinkTarget::fromHref(QStringLiteral("ra-outside:../secret.md")).href()));
        emit m_view->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.first().first().toString(), QStringLiteral("../secret.md"));
    }

    void copiedTextKeepsFollowableLinks()
    {
        // Pasted elsewhere, the page's own addresses would lead nowhere: they become whole ones.
        m_view->showPage(QStringLiteral("audiences/speed-and-stability"));
        m_view->selectAll();
        m_view->copy();
        const QString html = QGuiApplication::clipboard()->mimeData()->html();
        QVERIFY2(!html.contains(QStringLiteral("\"ra-")), qPrintable(html.mid(html.indexOf(QStringLiteral("\"ra-")) - 80, 160)));
        QVERIFY(html.contains(QUrl::fromLocalFile(QStringLiteral(RUST_ATLAS_CONTENT_DIR "/categories/audio.md")).toString()));
        QVERIFY(html.contains(QStringLiteral("https://")));
        QCOMPARE(QGuiApplication::clipboard()->text(), m_view->toPlainText());
    }

    void linksAreDescribedInReadersWords()
    {
        QCOMPARE(m_view->linkDescription(LinkTarget::page(QStringLiteral("categories/audio"))),
                 QStringLiteral("Go to \u201cAudio programming\u201d"));
        m_view->showPage(QStringLiteral("audiences/students"));
        QCOMPARE(m_view->linkDescription(LinkTarget::page(QStringLiteral("what-rust-is-used-for"))),
                 QStringLiteral("Go to \u201cWhat Rust is used for\u201d"));
        QCOMPARE(m_view->linkDescription(LinkTarget::page(QStringLiteral("categories/audio"), QStringLiteral("why-rust-fits"))),
                 QStringLiteral("Go to \u201cAudio programming \u203a Why Rust fits\u201d"));
        QVERIFY(m_view->linkDescription(LinkTarget::fromHref(QStringLiteral("https://www.rust-lang.org/")))
                    .startsWith(QStringLiteral("Open https://www.rust-lang.org/")));
        QVERIFY(
            m_view->linkDescription(LinkTarget::fromHref(QStringLiteral("file:///etc/passwd"))).startsWith(QStringLiteral("Not opened")));
    }

    void copiedLinksAreWholeAddresses()
    {
        // A folder's page: the full address of its file, never "../x.md".
        const QString audio = QUrl::fromLocalFile(QStringLiteral(RUST_ATLAS_CONTENT_DIR "/categories/audio.md")).toString();
        QCOMPARE(m_view->linkToCopy(LinkTarget::page(QStringLiteral("categories/audio"))), audio);
        QCOMPARE(m_view->linkToCopy(LinkTarget::page(QStringLiteral("categories/audio"), QStringLiteral("why-rust-fits"))),
                 audio + QStringLiteral("#why-rust-fits"));
        QCOMPARE(m_view->linkToCopy(LinkTarget::fromHref(QStringLiteral("https://www.rust-lang.org/"))),
                 QStringLiteral("https://www.rust-lang.org/"));
        QVERIFY(m_view->linkToCopy(LinkTarget::fromHref(QStringLiteral("ra-outside:../outside.md"))).isEmpty());
    }

    void htmlCommentsLeaveNoTrace()
    {
        const QString text = shownText("See \xe2\x80\x9c"
                                       "Data Types\xe2\x80\x9d<!-- ignore --> section.\n\n"
                                       "A comment <!-- split\nover two lines --> ends here.\n\n<!-- block\ncomment -->\n\nAfter.\n");
        QVERIFY2(text.contains(QStringLiteral("\u201cData Types\u201d section.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("A comment  ends here.")) || text.contains(QStringLiteral("A comment ends here.")),
                 qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("<!--")));
        QVERIFY(!text.contains(QStringLiteral("split")));
        QVERIFY(!text.contains(QStringLiteral("block")));
        QVERIFY(text.contains(QStringLiteral("After.")));
    }

    void codeStaysUnwrappedOnScreen()
    {
        QTextDocument document;
        document.setDefaultStyleSheet(WindowStyle::pageStyleSheet(m_view->palette()));
        document.setHtml(MarkdownParser::parse("```rust\nfn main() { let long = \"" + QByteArray(300, 'x') + "\"; }\n```\n\nText.\n").html);
        const QTextBlock code = blockContaining(&document, QStringLiteral("fn main"));
        QVERIFY(code.blockFormat().nonBreakableLines());
        QVERIFY(!blockContaining(&document, QStringLiteral("Text.")).blockFormat().nonBreakableLines());
    }

    void codeIsColouredAndCopiedAsShown()
    {
        const Catalogue book = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/book"));
        PageView view(book);
        view.resize(640, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.showPage(QStringLiteral("reading-code")));

        const QTextBlock main = blockContaining(view.document(), QStringLiteral("fn main"));
        QVERIFY(main.isValid());
        const CodeTheme::Style keyword = CodeTheme::styles().first();
        QCOMPARE(QLatin1String(keyword.cssClass), QLatin1String("hl-keyword"));
        bool keywordColoured = false;
        for (auto it = main.begin(); !it.atEnd(); ++it) {
            if (it.fragment().text() == QLatin1String("fn"))
                keywordColoured = it.fragment().charFormat().foreground().color() == keyword.light
                    && it.fragment().charFormat().fontWeight() >= QFont::DemiBold;
        }
        QVERIFY(keywordColoured);

        // The rustdoc_include block shows line two only; the rest is hidden, and not copied.
        QTextBlock shown = view.document()->lastBlock();
        while (shown.isValid() && !shown.text().contains(QStringLiteral("format!")))
            shown = shown.previous();
        QVERIFY(shown.isValid());
        const QPoint at = view.cursorRect(QTextCursor(shown)).center() + QPoint(4, 0);
        QCOMPARE(view.codeAt(at), QStringLiteral("    format!(\"Hello, {name}!\")"));
        QVERIFY(view.codeAt(view.cursorRect(QTextCursor(blockContaining(view.document(), QStringLiteral("Everything up to")))).center())
                    .isEmpty());

        QAction *copyCode = contextMenuAction(&view, at, QStringLiteral("code-copy"));
        QVERIFY(copyCode);
        copyCode->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("    format!(\"Hello, {name}!\")"));
    }

    void copiesALinkToTheSectionRead()
    {
        QVERIFY(m_view->showPage(QStringLiteral("categories/audio")));
        const QTextBlock heading = blockContaining(m_view->document(), QStringLiteral("Why Rust fits"));
        QVERIFY(heading.isValid());
        const QPoint below = m_view->cursorRect(QTextCursor(heading.next())).center();
        QCOMPARE(m_view->sectionAt(below), QStringLiteral("why-rust-fits"));
        QAction *copy = contextMenuAction(m_view.get(), below, QStringLiteral("section-link-copy"));
        QVERIFY(copy);
        copy->trigger();
        const QString link = QGuiApplication::clipboard()->text();
        QVERIFY2(link.startsWith(QStringLiteral("file://")) && link.endsWith(QStringLiteral("categories/audio.md#why-rust-fits")),
                 qPrintable(link));
    }

    void hugeImageIsRefusedNotAllocated()
    {
        // 30,000 × 30,000 RGBA would be 3.4 GiB: the image reader's allocation limit refuses it,
        // and the page shows a placeholder instead.
        QTemporaryDir pack;
        QFile png(pack.filePath(QStringLiteral("huge.png")));
        QVERIFY(png.open(QIODevice::WriteOnly));
        png.write(HostileFiles::hugePng(30000, 30000));
        png.close();
        QFile page(pack.filePath(QStringLiteral("page.md")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("# Big picture\n\n![a picture too large](huge.png)\n\nText after it.\n");
        page.close();
        const Catalogue catalogue = Catalogue::load(pack.path());
        PageView view(catalogue);
        view.resize(640, 480);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const qint64 before = residentKiB();
        QVERIFY(view.showPage(QStringLiteral("page")));
        QVERIFY(view.document()->toPlainText().contains(QStringLiteral("Text after it.")));
        QVERIFY2(residentKiB() - before < 200 * 1024, qPrintable(QString::number(residentKiB() - before)));
    }

    void pageWithoutSectionsSaysSo()
    {
        OutlineView outline;
        QStandardItemModel model;
        outline.setModel(&model);
        outline.resize(220, 120);
        const auto inked = [&outline] {
            const QImage image = outline.viewport()->grab().toImage();
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    count += image.pixel(x, y) != image.pixel(image.width() - 1, image.height() - 1);
            return count;
        };
        QVERIFY(!OutlineView::emptyText().isEmpty());
        QVERIFY2(inked() > 20, "an empty outline shows nothing");
        model.appendRow(new QStandardItem(QString()));
        QCOMPARE(inked(), 0);
    }
};

QTEST_MAIN(TestPageRendering)
#include "tst_pagerendering.moc"
