// SPDX-License-Identifier: MIT
#include "content/catalogue.h"
#include "models/audiencetreemodel.h"
#include "models/itemroles.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestAudienceTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester_data()
    {
        QTest::addColumn<QString>("root");
        QTest::newRow("bundled pack") << QStringLiteral(RUST_ATLAS_CONTENT_DIR);
        QTest::newRow("broken pack") << QStringLiteral(RUST_ATLAS_TEST_DATA "/broken-pack");
        QTest::newRow("plain folder") << QStringLiteral(RUST_ATLAS_TEST_DATA "/folder-notes");
        QTest::newRow("missing folder") << QStringLiteral("/nonexistent");
    }
    void passesModelTester()
    {
        QFETCH(QString, root);
        const Catalogue catalogue = Catalogue::load(root);
        AudienceTreeModel model(catalogue);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!QTest::currentTestFailed());
    }

    void aLargeFolderIsFetchedInBatches()
    {
        QTemporaryDir dir;
        const int pages = 2 * AudienceTreeModel::FetchBatch + 500;
        for (int i = 0; i < pages; ++i) {
            QFile file(dir.filePath(QStringLiteral("page-%1.md").arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("# Page " + QByteArray::number(i) + "\n");
        }
        const Catalogue catalogue = Catalogue::load(dir.path());
        QCOMPARE(int(catalogue.tree().children.size()), pages);
        AudienceTreeModel model(catalogue);
        QCOMPARE(model.rowCount(), AudienceTreeModel::FetchBatch);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * AudienceTreeModel::FetchBatch);
        // Asking for a page beyond what was fetched fetches up to it.
        const QModelIndex last = model.indexForPage(QStringLiteral("page-%1").arg(pages - 1));
        QVERIFY(last.isValid());
        QCOMPARE(last.row(), pages - 1); // natural order: page-2 before page-10
        QCOMPARE(model.rowCount(), pages);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(last.data().toString(), QStringLiteral("Page %1").arg(pages - 1));
        // The model tester fetches as a view would, checking every batch as it comes.
        AudienceTreeModel tested(catalogue);
        QAbstractItemModelTester tester(&tested, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!QTest::currentTestFailed());
    }

    void structureAndRoles()
    {
        const Catalogue catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
        AudienceTreeModel model(catalogue);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex who = model.index(0, 0);
        QCOMPARE(who.data().toString(), QStringLiteral("Who Rust is for"));
        QCOMPARE(model.rowCount(who), 4);
        const QModelIndex students = model.index(1, 0, who);
        QCOMPARE(students.data(ItemRole::PageId).toString(), QStringLiteral("audiences/students"));
        QCOMPARE(model.parent(students), who);
        QVERIFY(model.rowCount(students) >= 2);
        const QModelIndex section = model.index(0, 0, students);
        QCOMPARE(section.data(ItemRole::PageId).toString(), QStringLiteral("audiences/students"));
        QVERIFY(!section.data(ItemRole::Anchor).toString().isEmpty());
        QVERIFY(!section.data(Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.rowCount(section), 0);
        QVERIFY(!model.hasChildren(section));
        QCOMPARE(model.rowCount(students.siblingAtColumn(0)), model.rowCount(students));
    }

    void indexForPage()
    {
        const Catalogue catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
        AudienceTreeModel model(catalogue);
        const QModelIndex teams = model.indexForPage(QStringLiteral("audiences/teams"));
        QVERIFY(teams.isValid());
        QCOMPARE(teams.data(ItemRole::Anchor).toString(), QString());
        const QString anchor = model.index(0, 0, teams).data(ItemRole::Anchor).toString();
        QCOMPARE(model.indexForPage(QStringLiteral("audiences/teams"), anchor), model.index(0, 0, teams));
        QVERIFY(!model.indexForPage(QStringLiteral("no/such/page")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestAudienceTreeModel)
#include "tst_audiencetreemodel.moc"
