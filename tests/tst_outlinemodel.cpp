// SPDX-License-Identifier: MIT
#include "models/itemroles.h"
#include "models/outlinemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestOutlineModel : public QObject
{
    Q_OBJECT

private slots:
    void listsHeadingsBelowTheTitle()
    {
        OutlineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setHeadings({{1, QStringLiteral("Title"), QStringLiteral("title")},
                           {2, QStringLiteral("Why"), QStringLiteral("why")},
                           {3, QStringLiteral("Detail"), QStringLiteral("detail")}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(ItemRole::Anchor).toString(), QStringLiteral("why"));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Why"));
        QVERIFY(model.index(1).data().toString().endsWith(QStringLiteral("Detail")));
        QVERIFY(model.index(1).data().toString().size() > model.index(1).data(ItemRole::Title).toString().size());
        QCOMPARE(model.index(1).data(ItemRole::Level).toInt(), 3);
        QCOMPARE(model.indexForAnchor(QStringLiteral("detail")), model.index(1));
        QVERIFY(!model.indexForAnchor(QStringLiteral("title")).isValid());
        model.setHeadings({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestOutlineModel)
#include "tst_outlinemodel.moc"
