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
        QTest::addColumn<QString>("audience");
        QTest::newRow("teams") << QStringLiteral("audiences/teams");
        QTest::newRow("students") << QStringLiteral("audiences/students");
        QTest::newRow("open source") << QStringLiteral("audiences/open-source");
        QTest::newRow("speed and stability") << QStringLiteral("audiences/speed-and-stability");
    }
    void showsExactlyTheRelatedCategories()
    {
        QFETCH(QString, audience);
        const Catalogue catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
        CategoryListModel source(catalogue);
        RelatedCategoryProxyModel proxy(catalogue);
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        proxy.setAudience(audience);
        QVERIFY(proxy.isFiltering());
        // Expected: the category pages the audience page links to, in grid order.
        QStringList expected;
        const Page *page = catalogue.page(audience);
        for (const CategoryEntry &category : catalogue.categories()) {
            for (const Reference &link : catalogue.content(page->id).links) {
                if (catalogue.resolve(audience, link.target).pageId == category.pageId) {
                    expected << category.pageId;
                    break;
                }
            }
        }
        QVERIFY(expected.size() >= 3);
        QVERIFY(expected.size() < 24);
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
