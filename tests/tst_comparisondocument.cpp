// SPDX-License-Identifier: MIT
#include "content/catalogue.h"
#include "poppler.h"
#include "print/comparisondocument.h"

#include <QTemporaryDir>
#include <QTest>

class TestComparisonDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_catalogue = std::make_unique<Catalogue>(Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR))); }

    // Sections of the same title share a row: the two lists of projects sit side by side.
    void sectionsOfOneTitleShareARow()
    {
        const QString html
            = ComparisonDocument(*m_catalogue, QStringLiteral("categories/audio"), QStringLiteral("categories/robotics")).html();
        QVERIFY(html.contains(QStringLiteral("<h1>Audio programming</h1>")));
        QVERIFY(html.contains(QStringLiteral("<h1>Robotics</h1>")));
        QCOMPARE(html.count(QStringLiteral("<h2>Notable crates and projects</h2>")), 1);
        const qsizetype heading = html.indexOf(QStringLiteral("<h2>Notable crates and projects</h2>"));
        const qsizetype rowEnd = html.indexOf(QStringLiteral("</tr>"), html.indexOf(QStringLiteral("<tr>"), heading));
        const QString row = html.mid(heading, rowEnd - heading);
        QVERIFY2(row.contains(QStringLiteral(">cpal<")) && row.contains(QStringLiteral(">r2r<")), qPrintable(row));
        QVERIFY(!row.contains(QStringLiteral("Why Rust fits")));
    }

    void anUnknownPageIsAnError()
    {
        const ComparisonDocument document(*m_catalogue, QStringLiteral("categories/audio"), QStringLiteral("categories/none"));
        QVERIFY(document.html().isEmpty());
        QVERIFY(document.errorString().contains(QStringLiteral("categories/none")));
        QVERIFY(!document.exportPdf(QStringLiteral("/tmp/never-written.pdf")).ok);
    }

    void exportsBothPagesInTwoColumns()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("compare.pdf"));
        const PdfExporter::Result result
            = ComparisonDocument(*m_catalogue, QStringLiteral("categories/blockchain"), QStringLiteral("categories/security"))
                  .exportPdf(pdf, QPageSize(QPageSize::A4));
        QVERIFY2(result.ok, qPrintable(result.errorString));
        QVERIFY(result.pageCount >= 1);
        QString error;
        const QStringList lines = Poppler::pageLines(pdf, 1, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Both titles on the first line, left and right.
        QVERIFY2(lines.first().startsWith(QStringLiteral("Blockchain")) && lines.first().endsWith(QStringLiteral("Computer security")),
                 qPrintable(lines.first()));
        QVERIFY(Poppler::run(QStringLiteral("pdfinfo"), {pdf}, &error).contains(QStringLiteral("842 x 595")));
    }

private:
    std::unique_ptr<Catalogue> m_catalogue;
};

QTEST_MAIN(TestComparisonDocument)
#include "tst_comparisondocument.moc"
