// SPDX-License-Identifier: MIT
#include "content/catalogue.h"
#include "models/categorylistmodel.h"
#include "models/itemroles.h"
#include "models/relatedcategoryproxymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestRelatedCategoryProxyModel : public QObject
{
    Q_OBJECT

    static QStringList shownIds(const QAbstractItemModel &model)
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.index(row, 0).data(ItemRole::PageId).toString();
        return ids;
    }

private slots:
    void showsExactlyTheRelatedCategories_data()
    {
        // Written out from the audience pages' "Categories that matter" lists, in the grid's
        // order (that of "What Rust is used for").
        const auto categories = [](std::initializer_list<const char *> slugs) {
            QStringList ids;
            for (const char *slug : slugs)
                ids << QStringLiteral("categories/") + QLatin1String(slug);
            return ids;
        };
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("teams") << QStringLiteral("audiences/teams")
                               << categories({"cloud-applications", "cloud-infrastructure", "desktop-mobile-libraries",
                                              "distributed-systems", "embedded-with-os", "hpc", "mobile-frontend", "networking", "security",
                                              "backend"});
        QTest::newRow("students") << QStringLiteral("audiences/students")
                                  << categories({"computer-graphics", "embedded-bare-metal", "iot", "programming-languages", "robotics",
                                                 "simulation", "web-frontend", "webassembly"});
    }
    void showsExactlyTheRelatedCategories()
    {
        QFETCH(QString, audience);
        QFETCH(QStringList, expected);
        const Catalogue catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
        CategoryListModel source(catalogue);
        RelatedCategoryProxyModel proxy(catalogue);
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        proxy.setAudience(audience);
        QVERIFY(proxy.isFiltering());
        QCOMPARE(shownIds(proxy), expected);
    }

    void studentsSeeTheirCategories()
    {
        const Catalogue catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
        CategoryListModel source(catalogue);
        RelatedCategoryProxyModel proxy(catalogue);
        proxy.setSourceModel(&source);
        proxy.setAudience(QStringLiteral("audiences/students"));
        const QStringList shown = shownIds(proxy);
        QVERIFY(shown.contains(QStringLiteral("categories/embedded-bare-metal")));
        QVERIFY(shown.contains(QStringLiteral("categories/programming-languages")));
        QVERIFY(!shown.contains(QStringLiteral("categories/blockchain")));
        QVERIFY(shown.indexOf(QStringLiteral("categories/computer-graphics")) < shown.indexOf(QStringLiteral("categories/webassembly")));
    }

    void rootAndOverviewShowAll()
    {
        const Catalogue catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
        CategoryListModel source(catalogue);
        RelatedCategoryProxyModel proxy(catalogue);
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 24);
        proxy.setAudience(QStringLiteral("audiences/students"));
        QVERIFY(proxy.rowCount() < 24);
        proxy.setAudience(QStringLiteral("who-rust-is-for"));
        QVERIFY(!proxy.isFiltering());
        QCOMPARE(proxy.rowCount(), 24);
        proxy.setAudience(QStringLiteral("audiences/teams"));
        proxy.setAudience(QString());
        QCOMPARE(proxy.rowCount(), 24);
    }
};

QTEST_GUILESS_MAIN(TestRelatedCategoryProxyModel)
#include "tst_relatedcategoryproxymodel.moc"
