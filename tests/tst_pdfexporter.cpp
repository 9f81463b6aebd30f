// SPDX-License-Identifier: MIT
// Exports real PDF files and reads them back with poppler-utils (pdfinfo, pdftotext, pdfimages,
// pdftoppm), so what is checked is what a reader of the file would see.
#include "content/catalogue.h"
#include "poppler.h"
#include "print/pdfexporter.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace Poppler;

class TestPdfExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        for (const char *tool : {"pdfinfo", "pdftotext", "pdfimages", "pdftoppm"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(), "install poppler-utils to run this test");
        QVERIFY(m_dir.isValid());
        m_catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
        QVERIFY(m_catalogue.problems().isEmpty());
        m_atlas = m_dir.filePath(QStringLiteral("atlas.pdf"));
        const PdfExporter::Result result
            = PdfExporter::exportPdf(m_catalogue, PrintSelection::section(PrintSelection::Kind::Atlas), m_atlas, QPageSize(QPageSize::A4));
        QVERIFY2(result.ok, qPrintable(result.errorString));
        m_atlasPages = result.pageCount;
        QString error;
        for (int page = 1; page <= m_atlasPages; ++page) {
            m_atlasText.push_back(pageLines(m_atlas, page, &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
    }

    void atlasPageCount()
    {
        QString error;
        QCOMPARE(info(m_atlas, QStringLiteral("Pages"), &error).toInt(), m_atlasPages);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // A cover, the contents, then every one of the 31 pages on its own sheet or more.
        const int pages = int(m_catalogue.pages().size());
        QVERIFY2(m_atlasPages >= pages + 2 && m_atlasPages <= 3 * pages, qPrintable(QString::number(m_atlasPages)));
    }

    void atlasHasEveryTitle_data()
    {
        QTest::addColumn<QString>("title");
        // Pages are titled by their first heading; the grid and the tree show the same titles.
        const auto addRow = [this](const QString &pageId) { QTest::newRow(qPrintable(pageId)) << m_catalogue.page(pageId)->title; };
        for (const CategoryEntry &category : m_catalogue.categories())
            addRow(category.pageId);
        for (const auto &overview : m_catalogue.tree().children) {
            addRow(overview->pageId);
            for (const auto &audience : overview->children)
                addRow(audience->pageId);
        }
    }

    void atlasHasEveryTitle()
    {
        QFETCH(QString, title);
        // The title starts a page: it is the heading right under the running header.
        const int start = startPageOf(title);
        QVERIFY2(start > 2, qPrintable(title));
        // The contents list it with that page's number.
        // A long title wraps: its page number ends the entry's first line.
        static const QRegularExpression entry(QStringLiteral("^(.*\\S)\\s+(\\d+)$"));
        int listed = 0;
        const QStringList &contents = m_atlasText.value(1);
        for (int i = 0; i < contents.size(); ++i) {
            const auto match = entry.match(contents.at(i));
            const QString wrapped = match.captured(1) + u' ' + contents.value(i + 1).trimmed();
            if (match.hasMatch() && (match.captured(1) == title || wrapped == title))
                listed = match.captured(2).toInt();
        }
        QCOMPARE(listed, start);
    }

    void contentsListEveryPage()
    {
        const QRegularExpression entry(QStringLiteral("^\\S.*\\s(\\d+)$"));
        const QStringList &contents = m_atlasText.value(1);
        QCOMPARE(contents.value(1), QStringLiteral("Contents"));
        const qsizetype entries = std::count_if(contents.cbegin(), contents.cend() - 1, // the footer ends in a number too
                                                [&](const QString &line) { return entry.match(line).hasMatch(); });
        QVERIFY2(contents.last().startsWith(QStringLiteral("Page 2 of")), qPrintable(contents.last()));
        QCOMPARE(entries, m_catalogue.pages().size());
    }

    void headerAndFooter()
    {
        QVERIFY(!m_atlasText.value(0).join(u'\n').contains(QStringLiteral("Page 1 of"))); // the cover is bare
        for (int page = 2; page <= m_atlasPages; ++page) {
            const QStringList &lines = m_atlasText.at(page - 1);
            QCOMPARE(lines.last(), QStringLiteral("Page %1 of %2").arg(page).arg(m_atlasPages));
            QVERIFY2(lines.first().startsWith(QStringLiteral("Rust Atlas")), qPrintable(lines.first()));
        }
        const QString single = m_dir.filePath(QStringLiteral("single.pdf"));
        QVERIFY(PdfExporter::exportPdf(m_catalogue, PrintSelection::page(QStringLiteral("categories/audio")), single).ok);
        QString error;
        const QStringList lines = pageLines(single, 1, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(lines.value(0).contains(QRegularExpression(QStringLiteral("^Rust Atlas\\s+Audio programming$"))),
                 qPrintable(lines.value(0)));
        QCOMPARE(lines.value(1), QStringLiteral("Audio programming"));
        QVERIFY2(lines.last().startsWith(QStringLiteral("Page 1 of ")), qPrintable(lines.last()));
    }

    void headingsArePaintedOnTheirPageOnly()
    {
        // A heading that starts a sheet sits exactly on the page edge; painted (and clipped
        // away) on the page before too, it would still be in that page's text.
        int starts = 0;
        for (int page = 2; page < m_atlasPages; ++page) {
            const QStringList &lines = m_atlasText.at(page - 1);
            const QStringList &next = m_atlasText.at(page);
            QVERIFY2(lines.size() > 2 && next.size() > 2, qPrintable(QString::number(page)));
            if (next.first().simplified() == lines.first().simplified())
                continue; // not a new section
            ++starts;
            QVERIFY2(lines.at(lines.size() - 2) != next.at(1), qPrintable(lines.at(lines.size() - 2)));
        }
        QCOMPARE(starts, int(m_catalogue.pages().size()));
    }

    void externalLinksShowTheirAddress()
    {
        const QString text = m_atlasText.value(startPageOf(QStringLiteral("Audio programming")) - 1).join(u'\n');
        QVERIFY2(text.contains(QRegularExpression(QStringLiteral("cpal\\s+\\(https://github\\.com/RustAudio/cpal\\)"))), qPrintable(text));
        // The link stays clickable too: Qt writes a URI action (annotations are not compressed).
        QFile file(m_atlas);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("/URI (https://github.com/RustAudio/cpal)"));
    }

    void internalLinksBecomePageReferences()
    {
        // "Who Rust is for" lists the audiences; each item names the page its audience starts on.
        const QString text = m_atlasText.value(startPageOf(QStringLiteral("Who Rust is for")) - 1).join(u'\n');
        for (const auto &audience : m_catalogue.tree().children.at(0)->children) {
            const QRegularExpression reference(QRegularExpression::escape(audience->title) + QStringLiteral("\\s+\\(p\\. (\\d+)\\)"));
            QCOMPARE(reference.match(text).captured(1).toInt(), startPageOf(audience->title));
        }
    }

    void figureStaysVector()
    {
        QString error;
        const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_atlas}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(images.trimmed().split(u'\n').size(), 2); // the column header only: no raster image at all
        // ... and yet the figure is there: its coloured pictograms and legend make its page
        // many times more colourful than a page of text with blue links (measured: 2 % and 0.3 %).
        const double figure = colouredShare(startPageOf(QStringLiteral("What Rust is used for")));
        const double text = colouredShare(startPageOf(QStringLiteral("Audio programming")));
        QVERIFY2(figure > 0.01 && figure > 4 * text, qPrintable(QStringLiteral("%1 vs %2").arg(figure).arg(text)));
    }

    void paperSize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("A4") << QStringLiteral("A4") << QStringLiteral("595 x 842 pts (A4)");
        QTest::newRow("Letter") << QStringLiteral("Letter") << QStringLiteral("612 x 792 pts (letter)");
        QTest::newRow("letter, any case") << QStringLiteral("lETTER") << QStringLiteral("612 x 792 pts (letter)");
    }

    void paperSize()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QPageSize size = PdfExporter::pageSizeFromName(name);
        QVERIFY(size.isValid());
        const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
        QVERIFY(PdfExporter::exportPdf(m_catalogue, PrintSelection::page(QStringLiteral("index")), pdf, size).ok);
        QString error;
        QCOMPARE(info(pdf, QStringLiteral("Page size"), &error), expected);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void paperFromLocale_data()
    {
        QTest::addColumn<QLocale::MeasurementSystem>("system");
        QTest::addColumn<QPageSize::PageSizeId>("expected");
        QTest::newRow("metric") << QLocale::MetricSystem << QPageSize::A4;
        QTest::newRow("US") << QLocale::ImperialUSSystem << QPageSize::Letter;
        QTest::newRow("UK") << QLocale::ImperialUKSystem << QPageSize::A4;
    }

    void paperFromLocale()
    {
        QFETCH(QLocale::MeasurementSystem, system);
        QFETCH(QPageSize::PageSizeId, expected);
        QCOMPARE(PdfExporter::defaultPageSize(system).id(), expected);
        QVERIFY(!PdfExporter::pageSizeFromName(QStringLiteral("A5")).isValid());
    }

    void sections_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("expectedStarts");
        QStringList audiences{QStringLiteral("Contents"), QStringLiteral("Who Rust is for")};
        for (const auto &audience : m_catalogue.tree().children.at(0)->children)
            audiences << audience->title;
        QStringList categories{QStringLiteral("Contents"), QStringLiteral("What Rust is used for")};
        for (const CategoryEntry &category : m_catalogue.categories())
            categories << category.title;
        QTest::newRow("audiences") << QStringLiteral("audiences") << audiences;
        QTest::newRow("categories") << QStringLiteral("Categories") << categories;
        QTest::newRow("one audience") << QStringLiteral("audiences/teams")
                                      << QStringList{QStringLiteral("Contents"), QStringLiteral("Teams of developers")}
                + titlesOf(m_catalogue.relatedCategories(QStringLiteral("audiences/teams")));
    }

    void sections()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, expectedStarts);
        const std::optional<PrintSelection> section = PrintSelection::fromSectionName(name);
        const PrintSelection selection = section ? *section : PrintSelection::audience(name);
        const QString pdf = m_dir.filePath(QStringLiteral("section.pdf"));
        const PdfExporter::Result result = PdfExporter::exportPdf(m_catalogue, selection, pdf);
        QVERIFY2(result.ok, qPrintable(result.errorString));
        QStringList starts;
        QString previous;
        for (int page = 1; page <= result.pageCount; ++page) {
            QString error;
            const QString header = pageLines(pdf, page, &error).value(0);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(!header.isEmpty(), qPrintable(QStringLiteral("page %1 of %2 has no text").arg(page).arg(result.pageCount)));
            const QString title = header.mid(header.indexOf(QRegularExpression(QStringLiteral("\\s{2,}")))).trimmed();
            if (title != previous)
                starts << title;
            // A long title is elided in the header: the title it starts is the one expected.
            for (const QString &expected : std::as_const(expectedStarts)) {
                if (starts.last() != expected && headerShows(header, expected))
                    starts.last() = expected;
            }
            previous = title;
        }
        QCOMPARE(starts, expectedStarts);
    }

    void sectionNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind"); // -1: not a section
        QTest::newRow("audiences") << QStringLiteral("audiences") << int(PrintSelection::Kind::Audiences);
        QTest::newRow("categories") << QStringLiteral("categories") << int(PrintSelection::Kind::Categories);
        QTest::newRow("all") << QStringLiteral(" ALL ") << int(PrintSelection::Kind::Atlas);
        QTest::newRow("unknown") << QStringLiteral("everything") << -1;
    }

    void sectionNames()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        const std::optional<PrintSelection> selection = PrintSelection::fromSectionName(name);
        QCOMPARE(selection ? int(selection->kind) : -1, kind);
    }

    void unwritablePath_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QString>("reason");
        QTest::newRow("a directory") << QStringLiteral("folder") << QStringLiteral("directory");
        QTest::newRow("under a regular file") << QStringLiteral("plain.txt/out.pdf") << QStringLiteral("Not a directory");
        QTest::newRow("missing folder") << QStringLiteral("nowhere/out.pdf") << QString();
    }

    void unwritablePath()
    {
        QFETCH(QString, relativePath);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
        QFile plain(dir.filePath(QStringLiteral("plain.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly) && plain.write("keep") == 4);
        plain.close();
        const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

        const QString path = dir.filePath(relativePath);
        const PdfExporter::Result result = PdfExporter::exportPdf(m_catalogue, PrintSelection::page(QStringLiteral("index")), path);
        QVERIFY(!result.ok);
        QCOMPARE(result.pageCount, 0);
        QVERIFY2(result.errorString.contains(QDir::toNativeSeparators(path)), qPrintable(result.errorString));
        QVERIFY2(result.errorString.contains(reason, Qt::CaseInsensitive), qPrintable(result.errorString));
        // Nothing was left behind: no PDF, no temporary file, the folder and the file untouched.
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
        QVERIFY(QDir(dir.filePath(QStringLiteral("folder"))).isEmpty());
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QCOMPARE(plain.readAll(), QByteArray("keep"));
    }

    void unknownPageKeepsExistingFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("existing.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("old") == 3);
        file.close();
        const PdfExporter::Result result = PdfExporter::exportPdf(m_catalogue, PrintSelection::page(QStringLiteral("no/such")), path);
        QVERIFY(!result.ok);
        QVERIFY2(result.errorString.contains(QStringLiteral("no/such")), qPrintable(result.errorString));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old"));
    }

private:
    int startPageOf(const QString &title) const
    {
        for (int page = 3; page <= m_atlasPages; ++page) {
            const QStringList &lines = m_atlasText.at(page - 1);
            // A long heading wraps; its first lines must begin with the whole title.
            const QString heading = QStringList(lines.mid(1, 3)).join(u' ');
            if (heading.startsWith(title) && headerShows(lines.value(0), title))
                return page;
        }
        return 0;
    }

    /// Whether a running header ends with \a title, or with its start when it was elided to fit.
    static bool headerShows(const QString &header, const QString &title)
    {
        if (header.endsWith(title))
            return true;
        for (const QString &ellipsis : {QStringLiteral("\u2026"), QStringLiteral("...")}) {
            if (header.endsWith(ellipsis)) {
                const QString shown = header.left(header.size() - ellipsis.size()).section(QStringLiteral("  "), -1).trimmed();
                return shown.size() > 10 && title.startsWith(shown);
            }
        }
        return false;
    }

    double colouredShare(int page)
    {
        QString error;
        const QString prefix = m_dir.filePath(QStringLiteral("render"));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-singlefile"), QStringLiteral("-f"),
             QString::number(page), QStringLiteral("-l"), QString::number(page), m_atlas, prefix},
            &error);
        const QImage image(prefix + QStringLiteral(".png"));
        if (image.isNull())
            return -1;
        qint64 coloured = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor colour = image.pixelColor(x, y);
                coloured += colour.hsvSaturationF() > 0.3 && colour.valueF() > 0.25;
            }
        }
        return double(coloured) / (qint64(image.width()) * image.height());
    }

    QStringList titlesOf(const QStringList &pageIds) const
    {
        QStringList titles;
        for (const QString &id : pageIds)
            titles << m_catalogue.page(id)->title;
        return titles;
    }

    QTemporaryDir m_dir;
    Catalogue m_catalogue;
    QString m_atlas;
    int m_atlasPages = 0;
    QVector<QStringList> m_atlasText;
};

QTEST_MAIN(TestPdfExporter)
#include "tst_pdfexporter.moc"
