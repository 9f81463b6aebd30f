// SPDX-License-Identifier: MIT
#include "content/catalogue.h"
#include "models/audiencematrixmodel.h"
#include "models/itemroles.h"
#include "poppler.h"
#include "print/matrixdocument.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

class TestAudienceMatrixModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_catalogue = std::make_unique<Catalogue>(Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR)));
        QVERIFY(m_catalogue->categories().size() == 24);
    }

    void passesTheModelTester()
    {
        AudienceMatrixModel model(*m_catalogue);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 24);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Teams of developers"));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), m_catalogue->categories().first().title);
    }

    // A mark exactly where the audience's page links the category, as the grid's filter has it.
    void marksFollowTheAudiencePagesLinks()
    {
        AudienceMatrixModel model(*m_catalogue);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString audience = model.headerData(row, Qt::Vertical, ItemRole::PageId).toString();
            const QStringList related = m_catalogue->relatedCategories(audience);
            QVERIFY(!related.isEmpty());
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                const bool linked = related.contains(index.data(ItemRole::PageId).toString());
                QCOMPARE(index.data().toString(), linked ? QString(AudienceMatrixModel::Mark) : QString());
                QCOMPARE(index.data(Qt::ToolTipRole).isValid(), linked);
            }
        }
    }

    void theTooltipIsTheLinkingSentence()
    {
        AudienceMatrixModel model(*m_catalogue);
        const int backend = column(model, QStringLiteral("categories/backend"));
        const QString why = model.index(0, backend).data(Qt::ToolTipRole).toString();
        QVERIFY2(why.contains(QStringLiteral("large services are written and maintained by many hands")), qPrintable(why));
        QVERIFY(model.index(0, backend).data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Teams of developers and ")));
    }

    void textHasOneLinePerAudience()
    {
        const QStringList lines = AudienceMatrixModel(*m_catalogue).text().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("Students (8 of 24): ")), qPrintable(lines.at(1)));
        QVERIFY(lines.at(1).contains(QStringLiteral("WebAssembly")));
        QVERIFY(!lines.at(1).contains(QStringLiteral("Blockchain")));
    }

    void aPackWithoutAudiencesHasNoTable()
    {
        const Catalogue book = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/book"));
        AudienceMatrixModel model(book);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
    }

    void exportsOneLandscapePage()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("matrix.pdf"));
        const PdfExporter::Result result = MatrixDocument::exportPdf(AudienceMatrixModel(*m_catalogue), pdf, QPageSize(QPageSize::A4));
        QVERIFY2(result.ok, qPrintable(result.errorString));
        QString error;
        const QString info = Poppler::run(QStringLiteral("pdfinfo"), {pdf}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
        QVERIFY2(info.contains(QStringLiteral("842 x 595")), qPrintable(info)); // A4, landscape
        const QString text = Poppler::pageLines(pdf, 1, &error).join(u'\n');
        for (const QString &name : {QStringLiteral("Teams of developers"), QStringLiteral("People who value speed and stability"),
                                    QStringLiteral("Audio programming"), QStringLiteral("WebAssembly")})
            QVERIFY2(text.contains(name), qPrintable(name));
        qsizetype marks = 0;
        for (const auto &audience : m_catalogue->tree().children.at(0)->children)
            marks += m_catalogue->relatedCategories(audience->pageId).size();
        QVERIFY(marks >= 2 * m_catalogue->categories().size()); // every category, at least two audiences
        QCOMPARE(text.count(AudienceMatrixModel::Mark) - 1, marks); // the key's mark, then one per link
    }

    void anUnwritablePathSaysSo()
    {
        const PdfExporter::Result result
            = MatrixDocument::exportPdf(AudienceMatrixModel(*m_catalogue), QStringLiteral("/nonexistent/dir/m.pdf"));
        QVERIFY(!result.ok);
        QVERIFY(result.errorString.startsWith(QStringLiteral("Cannot write")));
    }

private:
    static int column(const AudienceMatrixModel &model, const QString &pageId)
    {
        for (int c = 0; c < model.columnCount(); ++c) {
            if (model.headerData(c, Qt::Horizontal, ItemRole::PageId) == pageId)
                return c;
        }
        return -1;
    }

    std::unique_ptr<Catalogue> m_catalogue;
};

QTEST_MAIN(TestAudienceMatrixModel)
#include "tst_audiencematrixmodel.moc"
