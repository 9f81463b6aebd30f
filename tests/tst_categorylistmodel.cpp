// SPDX-License-Identifier: MIT
#include "content/catalogue.h"
#include "models/categorylistmodel.h"
#include "models/itemroles.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestCategoryListModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTester_data()
    {
        QTest::addColumn<QString>("root");
        QTest::newRow("bundled pack") << QStringLiteral(RUST_ATLAS_CONTENT_DIR);
        QTest::newRow("plain folder") << QStringLiteral(RUST_ATLAS_TEST_DATA "/folder-notes");
        QTest::newRow("missing folder") << QStringLiteral("/nonexistent");
    }
    void passesModelTester()
    {
        QFETCH(QString, root);
        const Catalogue catalogue = Catalogue::load(root);
        CategoryListModel model(catalogue);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!QTest::currentTestFailed());
    }

    void roles()
    {
        const Catalogue catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
        CategoryListModel model(catalogue);
        QCOMPARE(model.rowCount(), 24);
        QCOMPARE(model.rowCount(model.index(0)), 0);
        const QModelIndex wasm = model.indexForPage(QStringLiteral("categories/webassembly"));
        QVERIFY(wasm.isValid());
        QCOMPARE(wasm.data().toString(), QStringLiteral("WebAssembly"));
        QCOMPARE(wasm.data(ItemRole::Title).toString(), QStringLiteral("WebAssembly"));
        QVERIFY(!wasm.data(ItemRole::Summary).toString().isEmpty());
        QVERIFY(wasm.data(ItemRole::IconPath).toString().endsWith(QStringLiteral("icons/webassembly.svg")));
        QCOMPARE(model.roleNames().value(ItemRole::Summary), QByteArray("summary"));
        QVERIFY(!model.indexForPage(QStringLiteral("index")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestCategoryListModel)
#include "tst_categorylistmodel.moc"
