// SPDX-License-Identifier: MIT
#include "testfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments, const QString &workingDirectory = {}, const QString &cacheHome = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!cacheHome.isEmpty())
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
    environment.remove(QStringLiteral("DISPLAY")); // headless commands must not need one
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RUST_ATLAS_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("rust-atlas did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void listShowsAudiencesAndCategories()
    {
        const Run result = run({QStringLiteral("--list")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        for (const char *audience : {"Teams of developers", "Students", "Open-source developers", "People who value speed and stability"})
            QVERIFY2(result.out.contains(u"\n    " + QLatin1String(audience) + u"  ["), audience);
        QVERIFY(result.out.contains(QStringLiteral("Category grid (24)")));
        // Each category twice: in the tree under "What Rust is used for", and in the grid.
        QCOMPARE(result.out.count(QStringLiteral("  [categories/")), 48);
        QVERIFY(result.out.contains(QStringLiteral("\n    WebAssembly  [categories/webassembly]")));
        QVERIFY(result.out.contains(QStringLiteral("\n  WebAssembly  [categories/webassembly]")));
    }

    void listMatrixHasOneLinePerAudience()
    {
        const Run result = run({QStringLiteral("--list"), QStringLiteral("--matrix")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("Teams of developers (10 of 24): ")), qPrintable(lines.at(0)));
        QVERIFY(lines.at(0).contains(QStringLiteral("Server-side or \"backend\" application")));
    }

    void exportPdfComparesTwoCategories()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("compare.pdf"));
        const Run result = run({QStringLiteral("--export-pdf"), pdf, QStringLiteral("--compare"), QStringLiteral("categories/audio"),
                                QStringLiteral("categories/robotics")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const Run missing = run({QStringLiteral("--export-pdf"), pdf, QStringLiteral("--compare"), QStringLiteral("categories/audio")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QStringLiteral("--compare needs two page ids")), qPrintable(missing.err));
    }

    void listOfAnotherFolder()
    {
        const Run result
            = run({QStringLiteral("--list"), QStringLiteral("--content"), QStringLiteral(RUST_ATLAS_TEST_DATA "/folder-notes")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("  The guide  [guide/index]\n    Setting up  [guide/setup]\n")));
    }

    void relativeFolderAndKindOnTheFirstLine()
    {
        const Run result = run({QStringLiteral("--list"), QStringLiteral("book")}, QStringLiteral(RUST_ATLAS_TEST_DATA));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("mdbook: Ferris Field Notes (7 pages)\n")), qPrintable(result.out + result.err));
        QVERIFY(result.out.contains(QStringLiteral("1.1.1. Borrowing  [first-steps/ownership/borrowing]")));
        QVERIFY(result.err.isEmpty());
    }

    void notesFailOnlyWhenStrict()
    {
        QTemporaryDir pack;
        QFile page(pack.filePath(QStringLiteral("index.md")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("# Home\n\nSee [the standard library](../std/index.html).\n");
        page.close();
        const Run relaxed = run({QStringLiteral("--check-content"), pack.path()});
        QCOMPARE(relaxed.exitCode, 0);
        QVERIFY2(relaxed.out.contains(QStringLiteral("index.md:3: note: link '../std/index.html' leaves the pack")),
                 qPrintable(relaxed.out));
        QCOMPARE(run({QStringLiteral("--check-content"), QStringLiteral("--strict"), pack.path()}).exitCode, 1);
    }

    void searchAcrossSeveralPacks()
    {
        const QString book = QStringLiteral(RUST_ATLAS_TEST_DATA "/book");
        const QString vault = QStringLiteral(RUST_ATLAS_TEST_DATA "/vault");
        const Run result = run({QStringLiteral("--search"), QStringLiteral("ownership"), QStringLiteral("--content"), book,
                                QStringLiteral("--content"), vault, QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray results = QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("results")).toArray();
        QSet<QString> packs;
        for (const QJsonValue &value : results)
            packs.insert(value.toObject().value(QStringLiteral("pack")).toString());
        QCOMPARE(packs, (QSet<QString>{book, vault}));
        QCOMPARE(run({QStringLiteral("--list"), QStringLiteral("--content"), book, QStringLiteral("--content"), vault}).exitCode, 1);
    }

    void checkContentOfBundledPackIsClean()
    {
        const Run result = run({QStringLiteral("--check-content")});
        QCOMPARE(result.out, QString());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.contains(QStringLiteral("0 problems in 31 pages")));
    }

    void checkContentReportsEveryProblem()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("pack"));
        QVERIFY(TestFiles::copyTree(QStringLiteral(RUST_ATLAS_TEST_DATA "/broken-pack"), pack));
        QFile huge(pack + QStringLiteral("/huge.md"));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(9 * 1024 * 1024));
        huge.close();
        QVERIFY(QFile::link(pack + QStringLiteral("/gone"), pack + QStringLiteral("/dangling.md")));

        const Run result = run({QStringLiteral("--check-content"), pack});
        QCOMPARE(result.exitCode, 1);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 11);
        const QStringList expected = {
            pack + QStringLiteral("/twin.md:1: duplicate page id"),
            pack + QStringLiteral("/latin1.md:4: invalid UTF-8"),
            pack + QStringLiteral("/empty.md:1: empty page"),
            pack + QStringLiteral("/huge.md:1: file is too large"),
            pack + QStringLiteral("/dangling.md:1: broken symbolic link"),
            pack + QStringLiteral("/audiences/makers.md:5: broken link '../tools.md#hammers'"),
            pack + QStringLiteral("/audiences/makers.md:7: missing image '../bench.png'"),
            pack + QStringLiteral("/audiences/makers.md:8: note: link '../../elsewhere.md' leaves the pack"),
            pack + QStringLiteral("/what.md:3: missing image 'icons/tools.svg'"),
            pack + QStringLiteral("/what.md:6: missing image 'pictures/gone.png'"),
            pack + QStringLiteral("/who.md:5: broken link 'missing.md'"),
        };
        for (const QString &prefix : expected) {
            const bool found = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) { return line.startsWith(prefix); });
            QVERIFY2(found, qPrintable(prefix));
        }
        QVERIFY(result.err.contains(QStringLiteral("10 problems")));
        QVERIFY(result.err.contains(QStringLiteral("1 note")));
        QVERIFY(!result.err.contains(QStringLiteral("(s)")));
    }

    void errorsAreOneLineAndNonZero_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("missing folder") << QStringList{QStringLiteral("--list"), QStringLiteral("--content"),
                                                       QStringLiteral("/nonexistent/pack")};
        QTest::newRow("check missing folder") << QStringList{QStringLiteral("--check-content"), QStringLiteral("/nonexistent/pack")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--list"), QStringLiteral("--frobnicate")};
        QTest::newRow("stray argument") << QStringList{QStringLiteral("--list"), QStringLiteral("extra")};
        // The window (here its screenshot) refuses what it cannot show instead of opening empty.
        const QString shot = QDir::temp().filePath(QStringLiteral("rust-atlas-refused.png"));
        QTest::newRow("window, missing folder")
            << QStringList{QStringLiteral("--screenshot"), shot, QStringLiteral("--content"), QStringLiteral("/nonexistent/pack")};
        QTest::newRow("window, unknown page") << QStringList{QStringLiteral("--screenshot"), shot, QStringLiteral("--page"),
                                                             QStringLiteral("no/such-page")};
        QTest::newRow("window, unknown second page") << QStringList{QStringLiteral("--screenshot"), shot,
                                                                    QStringLiteral("--page"),       QStringLiteral("index"),
                                                                    QStringLiteral("--page"),       QStringLiteral("no/such-page")};
    }
    void errorsAreOneLineAndNonZero()
    {
        QFile::remove(QDir::temp().filePath(QStringLiteral("rust-atlas-refused.png")));
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QVERIFY(result.exitCode != 0);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.trimmed().count(u'\n'), 0);
        QVERIFY(result.err.startsWith(QStringLiteral("rust-atlas: ")));
        QVERIFY(!QFile::exists(QDir::temp().filePath(QStringLiteral("rust-atlas-refused.png"))));
    }

    void aCopiedAtlasLinkOpens()
    {
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("shot.png"));
        const Run result
            = run({QStringLiteral("--screenshot"), shot, QStringLiteral("--page"), QStringLiteral("atlas:categories/audio#why-rust-fits")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QFile::exists(shot));
    }

    void aCopiedFolderLinkOpensItsPack()
    {
        // The book is found from the page's file (its book.toml), and the page by its file.
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("shot.png"));
        const QString page = QUrl::fromLocalFile(QStringLiteral(RUST_ATLAS_TEST_DATA "/book/src/first-steps.md")).toString();
        Run result = run({QStringLiteral("--screenshot"), shot, QStringLiteral("--page"), page + QStringLiteral("#first-steps")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QFile::exists(shot));
        const QString missing = QUrl::fromLocalFile(QStringLiteral(RUST_ATLAS_TEST_DATA "/book/src/no-such.md")).toString();
        result = run({QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("no.png")), QStringLiteral("--page"), missing});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("no-such.md")), qPrintable(result.err));
    }

    void languageThatDoesNotShipIsSaid()
    {
        const Run unknown = run({QStringLiteral("--list"), QStringLiteral("--lang"), QStringLiteral("xx")});
        QCOMPARE(unknown.exitCode, 0); // the interface stays English; nothing else changes
        QCOMPARE(unknown.err.trimmed().count(u'\n'), 0);
        QVERIFY(unknown.err.startsWith(QStringLiteral("rust-atlas: no translation for 'xx'")));
        const Run german = run({QStringLiteral("--list"), QStringLiteral("--lang"), QStringLiteral("de")});
        QCOMPARE(german.exitCode, 0);
        QVERIFY(german.err.isEmpty());
    }

    void searchPrintsRankedResults()
    {
        const Run result = run({QStringLiteral("--search"), QStringLiteral("WebAssembly"), QStringLiteral("--limit"), QStringLiteral("3")});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(QStringLiteral("1. WebAssembly  [categories/webassembly")));
        QVERIFY(result.out.contains(QStringLiteral("*WebAssembly*")));
        QVERIFY(result.out.count(QRegularExpression(QStringLiteral("^\\d+\\. "), QRegularExpression::MultilineOption)) <= 3);
    }

    void onlyFoldersKeepTheirSearchIndexOnDisk()
    {
        // The bundled atlas changes only with the program and is indexed in milliseconds, in
        // memory; a folder's index is kept in the cache for the next search.
        QTemporaryDir cache;
        const auto indexFiles = [&cache] {
            int files = 0;
            for (QDirIterator it(cache.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
                files += it.next().contains(QStringLiteral("/search/")) ? 1 : 0;
            return files;
        };
        QCOMPARE(run({QStringLiteral("--search"), QStringLiteral("ownership")}, {}, cache.path()).exitCode, 0);
        QCOMPARE(indexFiles(), 0);
        const QString book = QStringLiteral(RUST_ATLAS_TEST_DATA "/book");
        QCOMPARE(
            run({QStringLiteral("--search"), QStringLiteral("ownership"), QStringLiteral("--content"), book}, {}, cache.path()).exitCode,
            0);
        QVERIFY(indexFiles() > 0);
    }

    void searchAsJson()
    {
        const Run result = run({QStringLiteral("--search"), QStringLiteral("Polars"), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject first = json.object().value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("pageId")).toString(), QStringLiteral("categories/data-science"));
        QVERIFY(first.value(QStringLiteral("snippetHtml")).toString().contains(QStringLiteral("<b>Polars</b>")));
    }

    void searchWithNoResultsSuggestsTitles_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("typo") << "Robotiks";
        QTest::newRow("nothing close") << "qqqqqqqq";
        QTest::newRow("hostile") << "\"NEAR( body:* ^x";
        QTest::newRow("only exclusion") << "-rust";
    }
    void searchWithNoResultsSuggestsTitles()
    {
        QFETCH(QString, query);
        const Run result = run({QStringLiteral("--search"), query});
        QVERIFY(result.exitCode == 0 || result.exitCode == 1);
        QVERIFY(!result.err.contains(QStringLiteral("SQL"), Qt::CaseInsensitive));
        QVERIFY(!result.err.contains(QStringLiteral("fts5"), Qt::CaseInsensitive));
        if (query == u"Robotiks") { // corrected, and said
            QCOMPARE(result.exitCode, 0);
            QVERIFY(result.err.startsWith(QStringLiteral("Showing results for \u201crobotics\u201d")));
            QVERIFY(result.out.contains(QStringLiteral("Robotics")));
        }
    }

    void exportPdfWritesABooklet()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("atlas.pdf"));
        const Run result = run({QStringLiteral("--export-pdf"), pdf, QStringLiteral("--paper"), QStringLiteral("A4")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 20000);
        QVERIFY(result.out.contains(QStringLiteral(" pages)")));
        // The cover counts in words, not "(s)".
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString cover = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(cover.contains(QStringLiteral("4 audiences \u00b7 24 categories \u00b7 31 pages")), qPrintable(cover));
    }

    void exportPdfErrorsLeaveNoFile_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown page") << QStringList{QStringLiteral("--page"), QStringLiteral("no/such")} << "no page 'no/such'";
        QTest::newRow("unknown section") << QStringList{QStringLiteral("--section"), QStringLiteral("toys")}
                                         << "no chapter or folder \u201ctoys\u201d";
        QTest::newRow("unknown paper") << QStringList{QStringLiteral("--paper"), QStringLiteral("A3")} << "invalid --paper";
    }
    void exportPdfErrorsLeaveNoFile()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("out.pdf"));
        const Run result = run(QStringList{QStringLiteral("--export-pdf"), pdf} + extra);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(result.err.trimmed().count(u'\n'), 0);
        QVERIFY(!QFile::exists(pdf));
    }

    void exportPdfToAnUnwritablePath()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // A path below a regular file cannot be created, even by root.
        const QString pdf = dir.filePath(QStringLiteral("file/atlas.pdf"));
        const Run result = run({QStringLiteral("--export-pdf"), pdf});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.startsWith(QStringLiteral("rust-atlas: ")));
        QCOMPARE(result.err.trimmed().count(u'\n'), 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList{QStringLiteral("file")});
    }

    void manPageDocumentsEveryOption()
    {
        const Run help = run({QStringLiteral("--help")});
        QFile manPage(QStringLiteral(RUST_ATLAS_SOURCE_DIR "/packaging/rust-atlas.1"));
        QVERIFY(manPage.open(QIODevice::ReadOnly));
        const QString roff = QString::fromUtf8(manPage.readAll());
        static const QRegularExpression option(QStringLiteral("--([a-z][a-z-]+)"));
        int checked = 0;
        for (auto it = option.globalMatch(help.out); it.hasNext(); ++checked) {
            const QString name = it.next().captured(1);
            const QString escaped = QStringLiteral("\\-\\-") + QString(name).replace(u'-', QStringLiteral("\\-"));
            QVERIFY2(roff.contains(escaped), qPrintable(name));
        }
        QVERIFY(checked >= 10);
    }

    void helpAndVersion()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("rust-atlas " RUST_ATLAS_VERSION));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--list", "--check-content", "--content <DIR>", "--version"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
