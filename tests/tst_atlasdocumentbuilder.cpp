// SPDX-License-Identifier: MIT
// What the paper document holds: included code without hidden lines, wide tables and long code
// fitted to the page, a dark screen selection turned into ink on white. Read back from real PDFs.
#include "content/catalogue.h"
#include "poppler.h"
#include "print/atlasdocumentbuilder.h"
#include "print/pdfexporter.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

using namespace Poppler;

namespace {
/// A small pack with what the bundled one lacks: a wide table, a long code line, broken images.
void writeFixturePack(const QString &root)
{
    const QByteArray longCode = "let endOfTheLongCodeLine = " + QByteArray("very_long_identifier_").repeated(12) + "tailmarker;";
    QFile file(root + QStringLiteral("/index.md"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Fixture\n\nIntro with [a link](https://example.org/docs).\n\n"
               "| Column one | Column two | Column three | Column four | Column five | Column six |\n"
               "|---|---|---|---|---|---|\n"
               "| "
               + QByteArray("wide cell text ").repeated(6)
               + "| b | c | d | e | lastcolumnmarker |\n\n"
                 "```rust\n"
               + longCode
               + "\n```\n\n"
                 "![missing picture](nothere.png) and ![outside picture](../outside.png)\n");
}
} // namespace

class TestAtlasDocumentBuilder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    const Catalogue m_catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));

private slots:
    void aBookPrintsItsIncludedCodeWithoutHiddenLines()
    {
        const Catalogue book = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/book"));
        QString error;
        const QString first = m_dir.filePath(QStringLiteral("first-steps.pdf"));
        QVERIFY(PdfExporter::exportPdf(book, PrintSelection::page(QStringLiteral("first-steps")), first, QPageSize(QPageSize::A4)).ok);
        const QString included = run(QStringLiteral("pdftotext"), {first, QStringLiteral("-")}, &error);
        QVERIFY2(included.contains(QStringLiteral("fn greet(name: &str) -> String {")), qPrintable(included + error));
        QVERIFY(!included.contains(QStringLiteral("{{#include")));
        const QString habits = m_dir.filePath(QStringLiteral("cargo-habits.pdf"));
        QVERIFY(PdfExporter::exportPdf(book, PrintSelection::page(QStringLiteral("cargo-habits")), habits, QPageSize(QPageSize::A4)).ok);
        const QString shown = run(QStringLiteral("pdftotext"), {habits, QStringLiteral("-")}, &error);
        QVERIFY2(shown.contains(QStringLiteral("struct Tally(u32);")), qPrintable(shown + error));
        QVERIFY(!shown.contains(QStringLiteral("fn main()")));
        QVERIFY(shown.contains(QStringLiteral("#[derive(Debug)]")));
    }

    void tablesCodeAndImagesFitThePaper()
    {
        QTemporaryDir pack;
        writeFixturePack(pack.path());
        const Catalogue catalogue = Catalogue::load(pack.path());
        const QString pdf = m_dir.filePath(QStringLiteral("fixture.pdf"));
        QVERIFY(PdfExporter::exportPdf(catalogue, PrintSelection::page(QStringLiteral("index")), pdf, QPageSize(QPageSize::Letter)).ok);
        QString error;
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &error).simplified();
        for (const QString &expected :
             {QStringLiteral("tailmarker;"), QStringLiteral("lastcolumnmarker"), QStringLiteral("(https://example.org/docs)"),
              QStringLiteral("Image not available: missing picture"), QStringLiteral("Image not available: outside picture")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" in ") + text));
        // Every word lies inside the right margin (20 mm): the code wrapped, the table shrank.
        const QString boxes = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}, &error);
        const QRegularExpression word(QStringLiteral("xMax=\"([0-9.]+)\""));
        int words = 0;
        for (auto it = word.globalMatch(boxes); it.hasNext(); ++words) {
            const double xMax = it.next().captured(1).toDouble();
            QVERIFY2(xMax <= 612 - 20 / 25.4 * 72 + 1, qPrintable(QString::number(xMax)));
        }
        QVERIFY(words > 50);
    }

    void selectionPrintsWhatTheScreenSelected()
    {
        // The screen's document and the paper's are built from the same HTML: a selection made
        // on screen, as positions, prints the same characters, in the paper's colours.
        const QString id = QStringLiteral("categories/audio");
        QTextDocument screen;
        screen.setDefaultStyleSheet(QStringLiteral("body { color: #f0f0f0; background-color: #202020; } p { font-size: 30pt; }"));
        screen.setHtml(m_catalogue.content(id).html);
        const QString screenText = screen.toPlainText();
        const int from = int(screenText.indexOf(QStringLiteral("Why Rust fits")));
        const int to = int(screenText.indexOf(QStringLiteral("Where to start")));
        QVERIFY(from > 0 && to > from);
        QTextCursor selected(&screen);
        selected.setPosition(from);
        selected.setPosition(to, QTextCursor::KeepAnchor);

        const AtlasDocument document = AtlasDocumentBuilder(m_catalogue).build(PrintSelection::selection(id, from, to));
        QVERIFY(document.isValid());
        QString printed = document.document->toPlainText();
        const QString expected = selected.selection().toPlainText();
        // Links to other pages are printed with their page reference or address written after them.
        static const QRegularExpression added(QStringLiteral(" \\([^)]*\\)"));
        QCOMPARE(printed.remove(added), QString(expected).remove(added));
        QVERIFY(printed.startsWith(QStringLiteral("Why Rust fits")));
        for (QTextBlock block = document.document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                QVERIFY(!format.hasProperty(QTextFormat::ForegroundBrush) || format.foreground().color().lightnessF() < 0.5);
                QVERIFY(format.fontPointSize() < 20);
            }
        }
    }
};

QTEST_MAIN(TestAtlasDocumentBuilder)
#include "tst_atlasdocumentbuilder.moc"
