// SPDX-License-Identifier: MIT
// Code in colour: languages from info strings, the classes of a Rust sample, text never lost,
// hostile input, which readings of a page colour it (reading yes; search and checks no), and paper.
#include "content/catalogue.h"
#include "markdown/codehighlighter.h"
#include "markdown/codetheme.h"
#include "markdown/markdownparser.h"
#include "poppler.h"
#include "print/pdfexporter.h"
#include "print/printselection.h"

#include <QColor>
#include <QGuiApplication>
#include <QImage>
#include <QPalette>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

/// The text of highlighted HTML: spans removed, entities decoded.
QString textOf(QString html)
{
    html.remove(QRegularExpression(QStringLiteral("</?span[^>]*>")));
    return html.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

const QString RustSample = QStringLiteral("// Greets the reader.\nfn main() {\n    let name: &str = \"Ferris\";\n"
                                          "    let times: u32 = 3;\n    println!(\"Hello, {}!\", name); /* done */\n}\n");

} // namespace

class TestCodeHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void languageFromInfoString_data()
    {
        QTest::addColumn<QString>("info");
        QTest::addColumn<QString>("file");
        QTest::newRow("rust") << "rust"
                              << "rust.lang";
        QTest::newRow("upper case") << "Rust"
                                    << "rust.lang";
        QTest::newRow("mdBook attributes") << "rust,ignore"
                                           << "rust.lang";
        QTest::newRow("editable") << "rust,editable,noplayground"
                                  << "rust.lang";
        QTest::newRow("attribute alone") << "should_panic"
                                         << "rust.lang";
        QTest::newRow("edition alone") << "edition2021"
                                       << "rust.lang";
        QTest::newRow("rs") << "rs"
                            << "rust.lang";
        QTest::newRow("console") << "console"
                                 << "sh.lang";
        QTest::newRow("toml as ini") << "toml"
                                     << "desktop.lang";
        QTest::newRow("python") << "python"
                                << "python.lang";
        QTest::newRow("json") << "json"
                              << "json.lang";
        QTest::newRow("c++") << "c++"
                             << "cpp.lang";
        QTest::newRow("plain text") << "text"
                                    << "";
        QTest::newRow("none") << ""
                              << "";
        QTest::newRow("unknown") << "klingon"
                                 << "";
        QTest::newRow("markup in it") << "rust<script>alert(1)</script>"
                                      << "";
        QTest::newRow("path") << "../../etc/passwd"
                              << "";
        QTest::newRow("huge") << QString(10000, u'r') << "";
    }

    void languageFromInfoString()
    {
        QFETCH(QString, info);
        QFETCH(QString, file);
        QCOMPARE(CodeHighlighter::languageFile(info), file);
    }

    void rustSampleMarksKinds()
    {
        const QString html = CodeHighlighter::toHtml(RustSample, QStringLiteral("rust"));
        QVERIFY2(html.contains(QStringLiteral("<span class=\"hl-keyword\">fn</span>")), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<span class=\"hl-keyword\">let</span>")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"hl-comment\">// Greets the reader.</span>")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"hl-string\">&quot;Ferris&quot;</span>")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"hl-type\">u32</span>")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"hl-number\">3</span>")));
        QCOMPARE(textOf(html), RustSample);
    }

    void textIsNeverLost_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("info");
        QTest::newRow("markup in code") << "let x = a < b && c > d; // <b>not bold</b> &amp;"
                                        << "rust";
        QTest::newRow("unterminated string") << "let s = \"never closed\nfn x() {}"
                                             << "rust";
        QTest::newRow("unterminated comment") << "/* open\nfn x() {}"
                                              << "rust";
        QTest::newRow("unicode") << QStringLiteral("let crab = \"\U0001F980 caf\u00e9\"; // \u00fc") << "rust";
        QTest::newRow("NUL and controls") << QStringLiteral("let a = 1;\u0000\u0007 b") << "rust";
        QTest::newRow("unknown language") << "<script>alert(1)</script>"
                                          << "klingon";
        QTest::newRow("shell") << "$ cargo run\n   Compiling hello v0.1.0 # not a comment?"
                               << "console";
        QTest::newRow("long line") << QStringLiteral("let v = [%1];").arg(QString(CodeHighlighter::MaxLineLength, u'1')) << "rust";
    }

    void textIsNeverLost()
    {
        QFETCH(QString, code);
        QFETCH(QString, info);
        QCOMPARE(textOf(CodeHighlighter::toHtml(code, info)), code);
    }

    void unknownLanguageIsEscapedOnly()
    {
        const QString code = QStringLiteral("fn <main>() & \"x\"");
        QCOMPARE(CodeHighlighter::toHtml(code, QStringLiteral("klingon")), code.toHtmlEscaped());
        QCOMPARE(CodeHighlighter::toHtml(code, QString()), code.toHtmlEscaped());
    }

    void fiveMegabyteLineStaysPlainAndQuick()
    {
        const QString code = QStringLiteral("fn f() { let s = \"") + QString(5 * 1024 * 1024, u'a') + QStringLiteral("\"; }");
        const QString html = CodeHighlighter::toHtml(code, QStringLiteral("rust"));
        QCOMPARE(html, code.toHtmlEscaped());
    }

    void budgetColoursTheFirstLinesOnly()
    {
        const QString code = QStringLiteral("fn a() {}\nfn b() {}\nfn c() {}");
        qsizetype budget = 15; // the first line (10 with its newline) and the second
        const QString html = CodeHighlighter::toHtml(code, QStringLiteral("rust"), &budget);
        QCOMPARE(html.count(QStringLiteral("hl-keyword")), 2);
        QVERIFY(html.endsWith(QStringLiteral("\nfn c() {}")));
        QVERIFY(budget <= 0);
        QCOMPARE(CodeHighlighter::toHtml(code, QStringLiteral("rust"), &budget), code.toHtmlEscaped());

        // A page spends one budget on all its blocks: past it, code is plain.
        const QByteArray big = "```rust\n" + QByteArray("fn f() {}\n").repeated(int(CodeHighlighter::PageBudget / 10) + 1)
            + "```\n\n```rust\nfn after() {}\n```\n";
        MarkdownParser::Options reading;
        reading.highlightCode = true;
        const QString page = MarkdownParser::parse(big, reading).html;
        QVERIFY(page.contains(QStringLiteral("<span class=\"hl-keyword\">fn</span> <span class=\"hl-function\">f</span>")));
        QVERIFY(page.contains(QStringLiteral("fn after() {}")));
    }

    void themesDiffer()
    {
        const QString light = CodeTheme::styleSheet(false);
        const QString dark = CodeTheme::styleSheet(true);
        QVERIFY(light != dark);
        for (const CodeTheme::Style &style : CodeTheme::styles()) {
            QVERIFY(light.contains(QLatin1String(style.cssClass)));
            QVERIFY(dark.contains(style.dark.name()));
            QVERIFY(style.light != style.dark);
        }
        QCOMPARE(CodeTheme::classFor("keyword"), "hl-keyword");
        QVERIFY(!CodeTheme::classFor("symbol"));
    }

    void parserColoursOnlyWhenAsked()
    {
        const QByteArray markdown = "# Code\n\n```rust,ignore\nfn main() {}\n```\n\n```klingon\nfn x\n```\n";
        MarkdownParser::Options reading;
        reading.highlightCode = true;
        const ParsedPage coloured = MarkdownParser::parse(markdown, reading);
        const ParsedPage plain = MarkdownParser::parse(markdown);
        QVERIFY(coloured.html.contains(QStringLiteral("<span class=\"hl-keyword\">fn</span>")));
        QVERIFY(!plain.html.contains(QStringLiteral("hl-keyword")));
        QCOMPARE(coloured.plainText, plain.plainText); // search sees the same text either way

        // A fence never closed runs to the end of the page, coloured like any other.
        const ParsedPage open = MarkdownParser::parse("Text.\n\n```rust\nfn open() {\n", reading);
        QVERIFY(open.error.isEmpty());
        QVERIFY(open.html.contains(QStringLiteral("<span class=\"hl-keyword\">fn</span>")));
    }

    void catalogueColoursWhatIsRead()
    {
        const Catalogue pack = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/search-code"));
        // The indexer's reading: no colour, and nothing kept.
        const ParsedPage forSearch = pack.parse(QStringLiteral("printing"));
        QVERIFY(!forSearch.html.contains(QStringLiteral("hl-")));
        const ParsedPage forReading = pack.content(QStringLiteral("printing"));
        QVERIFY(forReading.html.contains(QStringLiteral("<span class=\"hl-keyword\">struct</span>")));
        QCOMPARE(forReading.plainText, forSearch.plainText);
    }

    void atlasPagesKeptAtLoadAreColouredWhenRead()
    {
        // The atlas's pages are parsed uncoloured at load; the one shown is coloured.
        const Catalogue atlas = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/atlas-code"));
        const ParsedPage page = atlas.content(QStringLiteral("index"));
        QVERIFY2(page.html.contains(QStringLiteral("hl-keyword")), qPrintable(page.html));
    }

    void codeIsColouredOnPaperEvenInTheDark()
    {
        // The screen may be dark; paper takes the light theme: dark green strings on white.
        QTemporaryDir dir;
        const QPalette before = QGuiApplication::palette();
        QGuiApplication::setPalette(QPalette(Qt::white, Qt::black));
        const Catalogue pack = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/search-code"));
        const QString pdf = dir.filePath(QStringLiteral("code.pdf"));
        const PdfExporter::Result result = PdfExporter::exportPdf(pack, PrintSelection::page(QStringLiteral("printing")), pdf);
        QGuiApplication::setPalette(before);
        QVERIFY2(result.ok, qPrintable(result.errorString));
        QString error;
        Poppler::run(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("110"), QStringLiteral("-f"), QStringLiteral("1"),
                      QStringLiteral("-l"), QStringLiteral("1"), pdf, dir.filePath(QStringLiteral("code"))},
                     &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QImage page(dir.filePath(QStringLiteral("code-1.png")));
        QVERIFY(!page.isNull());
        int green = 0, darkestGreen = 255;
        for (int y = 0; y < page.height(); ++y) {
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                if (c.green() > c.red() + 30 && c.green() > c.blue() + 30) {
                    ++green;
                    darkestGreen = std::min(darkestGreen, c.green());
                }
            }
        }
        QVERIFY2(green > 40, qPrintable(QString::number(green))); // the string literal
        QVERIFY2(darkestGreen < 130, qPrintable(QString::number(darkestGreen))); // the light theme's green, not the dark one's
    }
};

QTEST_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"
