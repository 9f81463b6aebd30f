// SPDX-License-Identifier: MIT
// Drives the controller through the paths its dialogs use (never exec()): the preview's
// paintRequested, the print dialog's accepted(QPrinter *) and the file dialog's fileSelected,
// with a PDF QPrinter standing in for a real printer. The PDFs are read back with poppler-utils.
#include "content/catalogue.h"
#include "pageview.h"
#include "printcontroller.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QtPrintSupport/qtprintsupportglobal.h>
#if QT_CONFIG(printdialog) && QT_CONFIG(printpreviewdialog)
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#endif

#include <memory>

namespace {
QString pdfText(const QString &pdf, const QStringList &extra = {})
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), extra + QStringList{QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("<pdftotext failed on %1>").arg(pdf);
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

int pdfPages(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {pdf});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    const QRegularExpression pages(QStringLiteral("^Pages:\\s*(\\d+)"), QRegularExpression::MultilineOption);
    return pages.match(QString::fromUtf8(process.readAllStandardOutput())).captured(1).toInt();
}

QAction *actionWithText(const QList<QAction *> &actions, const QString &text)
{
    for (QAction *action : actions) {
        if (action->text().remove(u'&').startsWith(text))
            return action;
    }
    return nullptr;
}
} // namespace

class TestPrintController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "install poppler-utils to run this test");
        m_catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
        QVERIFY(m_catalogue.problems().isEmpty());
    }

    void init()
    {
        m_window = std::make_unique<QWidget>();
        m_view = new PageView(m_catalogue, m_window.get());
        auto *layout = new QVBoxLayout(m_window.get());
        layout->addWidget(m_view);
        m_window->resize(800, 600);
        m_window->show();
        QVERIFY(m_view->showPage(QStringLiteral("categories/audio")));
        m_controller = new PrintController(m_catalogue, m_view, m_window.get());
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        m_window.reset(); // takes the controller, the view and any open dialog with it
    }

    void actions()
    {
        const QList<QAction *> actions = m_controller->actions();
        QCOMPARE(actions.size(), 3);
        QAction *print = actionWithText(actions, QStringLiteral("Print\u2026"));
        QAction *preview = actionWithText(actions, QStringLiteral("Print Preview"));
        QAction *exportPdf = actionWithText(actions, QStringLiteral("Export PDF"));
        QVERIFY(print && preview && exportPdf);
        QCOMPARE(print->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
        QCOMPARE(exportPdf->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
        for (QAction *action : actions)
            QVERIFY2(action->isEnabled(), qPrintable(action->text()));
        QCOMPARE(m_controller->sectionMenu()->actions(), m_controller->sectionActions());
        QCOMPARE(m_controller->sectionActions().size(), 4);
    }

    void sectionsFollowThePackKind()
    {
        // A book offers the chapter on screen with its sections, and the whole book.
        const Catalogue book = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/book"));
        m_view->setCatalogue(book);
        QVERIFY(m_view->showPage(QStringLiteral("first-steps")));
        m_controller->setCatalogue(book);
        QList<QAction *> sections = m_controller->sectionActions();
        QCOMPARE(m_controller->sectionMenu()->actions(), sections);
        QCOMPARE(sections.size(), 2);
        QCOMPARE(sections.at(0)->text(), QStringLiteral("Chapter \u201cFirst Steps\u201d with Its Sections\u2026"));
        QCOMPARE(sections.at(1)->text().remove(u'&'), QStringLiteral("Whole Book\u2026"));

        // Notes offer the page's folder and its tags.
        const Catalogue vault = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/vault"));
        m_view->setCatalogue(vault);
        m_controller->setCatalogue(vault);
        QVERIFY(m_view->showPage(QStringLiteral("concepts/ownership")));
        sections = m_controller->sectionActions();
        QCOMPARE(m_controller->sectionMenu()->actions(), sections);
        QCOMPARE(sections.size(), 3);
        QCOMPARE(sections.at(0)->text(), QStringLiteral("Folder \u201cconcepts\u201d\u2026"));
        QVERIFY(sections.at(1)->menu());
        QStringList tags;
        for (QAction *tag : sections.at(1)->menu()->actions())
            tags.push_back(tag->text());
        QCOMPARE(tags, QStringList({QStringLiteral("#rust"), QStringLiteral("#memory")}));
        m_view->setCatalogue(m_catalogue);
        m_controller->setCatalogue(m_catalogue);
    }

    void audienceActionFollowsThePage()
    {
        QAction *audience = m_controller->sectionActions().first();
        QVERIFY(!audience->isEnabled()); // a category page is no audience
        QVERIFY(m_view->showPage(QStringLiteral("audiences/teams")));
        QVERIFY(audience->isEnabled());
        QVERIFY2(audience->text().contains(QStringLiteral("Teams of developers")), qPrintable(audience->text()));
    }

#if QT_CONFIG(printdialog) && QT_CONFIG(printpreviewdialog)
    void previewPaintsTheCurrentPage()
    {
        actionWithText(m_controller->actions(), QStringLiteral("Print Preview"))->trigger();
        auto *dialog = m_window->findChild<QPrintPreviewDialog *>(QStringLiteral("printPreviewDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->printer(), m_controller->printer()); // the persistent printer

        QPrinter pdf(QPrinter::HighResolution);
        pdf.setOutputFormat(QPrinter::PdfFormat);
        pdf.setOutputFileName(m_dir.filePath(QStringLiteral("preview.pdf")));
        emit dialog->paintRequested(&pdf);
        const QString text = pdfText(pdf.outputFileName());
        QVERIFY2(text.contains(QStringLiteral("Audio programming")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Page 1 of ")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Contents")));
        dialog->close();
    }

    void printThroughTheDialog_data()
    {
        QTest::addColumn<int>("sectionAction"); // -1: File > Print
        QTest::addColumn<bool>("selectText");
        QTest::addColumn<int>("range");
        QTest::addColumn<int>("expectedPages");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("absent");
        QTest::newRow("page") << -1 << false << int(QPrinter::AllPages) << 1 << QStringLiteral("Notable crates and projects")
                              << QStringLiteral("Contents");
        QTest::newRow("selection") << -1 << true << int(QPrinter::Selection) << 1 << QStringLiteral("Why Rust fits")
                                   << QStringLiteral("Notable crates and projects");
        QTest::newRow("selection offered, page chosen")
            << -1 << true << int(QPrinter::AllPages) << 1 << QStringLiteral("Notable crates and projects") << QString();
        QTest::newRow("atlas, pages 2-3") << 3 << false << int(QPrinter::PageRange) << 2 << QStringLiteral("Contents")
                                          << QStringLiteral("4 audiences"); // the cover, page 1
        // 0: a booklet of the category overview and 24 categories, each on its own sheet or more.
        QTest::newRow("categories") << 2 << false << int(QPrinter::AllPages) << 0 << QStringLiteral("WebAssembly")
                                    << QStringLiteral("Who Rust is for");
    }

    void printThroughTheDialog()
    {
        QFETCH(int, sectionAction);
        QFETCH(bool, selectText);
        QFETCH(int, range);
        QFETCH(int, expectedPages);
        QFETCH(QString, expected);
        QFETCH(QString, absent);
        if (selectText) {
            // The "Why Rust fits" heading and its paragraph.
            QTextCursor cursor = m_view->document()->find(QStringLiteral("Why Rust fits"));
            QVERIFY(!cursor.isNull());
            cursor.movePosition(QTextCursor::NextBlock, QTextCursor::KeepAnchor);
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            m_view->setTextCursor(cursor);
        }
        QSignalSpy status(m_controller, &PrintController::statusMessage);
        if (sectionAction < 0)
            actionWithText(m_controller->actions(), QStringLiteral("Print\u2026"))->trigger();
        else
            m_controller->sectionActions().at(sectionAction)->trigger();
        auto *dialog = m_window->findChild<QPrintDialog *>(QStringLiteral("printDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->testOption(QAbstractPrintDialog::PrintSelection), selectText);

        // What the user's choices in the dialog amount to, on a PDF printer.
        QPrinter pdf(QPrinter::HighResolution);
        pdf.setOutputFormat(QPrinter::PdfFormat);
        pdf.setOutputFileName(m_dir.filePath(QStringLiteral("printed.pdf")));
        pdf.setPrintRange(QPrinter::PrintRange(range));
        if (range == QPrinter::PageRange)
            pdf.setFromTo(2, 3);
        emit dialog->accepted(&pdf);

        if (expectedPages > 0)
            QCOMPARE(pdfPages(pdf.outputFileName()), expectedPages);
        else
            QVERIFY(pdfPages(pdf.outputFileName()) >= 26);
        const QString text = pdfText(pdf.outputFileName());
        QVERIFY2(text.contains(expected), qPrintable(text));
        if (!absent.isEmpty())
            QVERIFY2(!text.contains(absent), qPrintable(text));
        QCOMPARE(status.size(), 1);
        QVERIFY2(status.first().first().toString().startsWith(QStringLiteral("Printed")), qPrintable(status.first().first().toString()));
        dialog->close();
    }
#endif

    void exportThroughTheFileDialog()
    {
#if QT_CONFIG(printer)
        m_controller->printer()->setPageSize(QPageSize(QPageSize::Letter)); // paper chosen for printing
#endif
        QSignalSpy status(m_controller, &PrintController::statusMessage);
        actionWithText(m_controller->actions(), QStringLiteral("Export PDF"))->trigger();
        auto *dialog = m_window->findChild<QFileDialog *>(QStringLiteral("exportPdfDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        const QString path = m_dir.filePath(QStringLiteral("exported.pdf"));
        emit dialog->fileSelected(path);
        dialog->close();

        QCOMPARE(pdfPages(path), 1);
        QVERIFY(pdfText(path).contains(QStringLiteral("Audio programming")));
        QVERIFY(pdfText(path, {QStringLiteral("-bbox")}).contains(QStringLiteral("width=\"612")));
        QCOMPARE(status.size(), 1);
        QVERIFY2(status.first().first().toString().contains(QDir::toNativeSeparators(path)), qPrintable(status.first().first().toString()));
    }

    // Dialogs propose what a reader expects: the current page's name, in their documents.
    void dialogsProposeTheCurrentPageInTheDocumentsFolder()
    {
        const QString documents = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).exists()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : QDir::homePath();
        actionWithText(m_controller->actions(), QStringLiteral("Export PDF"))->trigger();
        auto *save = m_window->findChild<QFileDialog *>(QStringLiteral("exportPdfDialog"));
        QVERIFY(save);
        QCOMPARE(QDir(save->directory()).canonicalPath(), QDir(documents).canonicalPath());
        QVERIFY(QDir(save->directory()).canonicalPath() != QDir::current().canonicalPath() || documents == QDir::currentPath());
        save->close();
#if QT_CONFIG(printdialog)
        for (const char *pageId : {"categories/audio", "audiences/students"}) {
            QVERIFY(m_view->showPage(QString::fromLatin1(pageId)));
            actionWithText(m_controller->actions(), QStringLiteral("Print\u2026"))->trigger();
            auto *dialog = m_window->findChild<QPrintDialog *>(QStringLiteral("printDialog"));
            QVERIFY(dialog);
            const QString title = m_catalogue.page(QString::fromLatin1(pageId))->title;
            QCOMPARE(m_controller->printer()->docName(), title);
            if (m_controller->printer()->outputFormat() == QPrinter::PdfFormat)
                QCOMPARE(m_controller->printer()->outputFileName(), QDir(documents).filePath(title + QStringLiteral(".pdf")));
            dialog->close();
            QTRY_VERIFY(!m_window->findChild<QPrintDialog *>(QStringLiteral("printDialog")));
        }
#endif
#if QT_CONFIG(printpreviewdialog)
        actionWithText(m_controller->actions(), QStringLiteral("Print Preview"))->trigger();
        auto *preview = m_window->findChild<QPrintPreviewDialog *>(QStringLiteral("printPreviewDialog"));
        QVERIFY(preview);
        QVERIFY2(preview->width() >= 640 && preview->height() >= 600, "too small to read a page");
        preview->close();
#endif
    }

    void exportHonoursASelection()
    {
        QTextCursor cursor = m_view->document()->find(QStringLiteral("Low-latency"));
        if (cursor.isNull())
            cursor = m_view->document()->find(QStringLiteral("audio"));
        QVERIFY(!cursor.isNull());
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        m_view->setTextCursor(cursor);
        const QString selected = cursor.selectedText().simplified();
        const QString path = m_dir.filePath(QStringLiteral("selection.pdf"));
        QVERIFY(m_controller->exportPdf(path));
        const QString text = pdfText(path).simplified();
        QVERIFY2(text.contains(selected.left(20)), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Notable crates")));
    }

    void exportFailureIsReported()
    {
        QSignalSpy status(m_controller, &PrintController::statusMessage);
        const QString path = m_dir.filePath(QStringLiteral("folder"));
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("folder")));
        QVERIFY(!m_controller->exportPdf(path));
        QVERIFY(QFileInfo(path).isDir());
        QVERIFY(QDir(path).isEmpty());
        QCOMPARE(status.size(), 1);
        const QString message = status.first().first().toString();
        QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("exportPdfError"));
        QVERIFY(box);
        QCOMPARE(box->text(), message);
        box->close();
    }

private:
    Catalogue m_catalogue;
    QTemporaryDir m_dir;
    std::unique_ptr<QWidget> m_window;
    PageView *m_view = nullptr;
    PrintController *m_controller = nullptr;
};

QTEST_MAIN(TestPrintController)
#include "tst_printcontroller.moc"
