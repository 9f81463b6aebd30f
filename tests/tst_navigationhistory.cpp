// SPDX-License-Identifier: MIT
#include "navigation/navigationhistory.h"

#include <QTest>

class TestNavigationHistory : public QObject
{
    Q_OBJECT

    static Location at(const char *page, const char *anchor = "") { return {QString::fromLatin1(page), QString::fromLatin1(anchor)}; }

private slots:
    void backAndForward()
    {
        NavigationHistory history;
        QVERIFY(!history.canGoBack());
        QVERIFY(!history.current().isValid());
        history.visit(at("a"));
        history.visit(at("b"));
        history.visit(at("b")); // same place: no new entry
        history.visit(at("c"));
        QCOMPARE(history.backEntries(), (QVector<Location>{at("b"), at("a")}));
        QCOMPARE(history.go(-1), at("b"));
        QCOMPARE(history.go(-1), at("a"));
        QVERIFY(!history.canGoBack());
        QVERIFY(history.canGoForward());
        QCOMPARE(history.forwardEntries(), (QVector<Location>{at("b"), at("c")}));
        QCOMPARE(history.go(2), at("c"));
        QCOMPARE(history.go(5), at("c")); // clamped
    }

    void aSectionOfTheCurrentPageIsNoNewEntry()
    {
        NavigationHistory history;
        history.visit(at("a"));
        history.visit(at("b"));
        history.visit(at("b", "part"));
        history.visit(at("b", "other"));
        QCOMPARE(history.current(), at("b", "other"));
        QCOMPARE(history.backEntries(), QVector<Location>{at("a")});
        QCOMPARE(history.go(-1), at("a"));
        QCOMPARE(history.forwardEntries(), QVector<Location>{at("b", "other")});
    }

    void visitingDropsForwardEntries()
    {
        NavigationHistory history;
        history.visit(at("a"));
        history.visit(at("b"));
        history.go(-1);
        history.visit(at("c"));
        QVERIFY(!history.canGoForward());
        QCOMPARE(history.backEntries(), QVector<Location>{at("a")});
    }

    void isBounded()
    {
        NavigationHistory history;
        for (int i = 0; i < NavigationHistory::MaxEntries + 20; ++i)
            history.visit({QString::number(i), {}});
        QCOMPARE(history.backEntries().size(), NavigationHistory::MaxEntries - 1);
        QCOMPARE(history.backEntries().last().pageId, QStringLiteral("20"));
    }

    void locationRoundTripsThroughText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pageId");
        QTest::addColumn<QString>("anchor");
        QTest::newRow("page") << "audiences/students"
                              << "audiences/students"
                              << "";
        QTest::newRow("section") << "audiences/students#making-games"
                                 << "audiences/students"
                                 << "making-games";
    }
    void locationRoundTripsThroughText()
    {
        QFETCH(QString, text);
        QFETCH(QString, pageId);
        QFETCH(QString, anchor);
        const Location location = Location::fromString(text);
        QCOMPARE(location.pageId, pageId);
        QCOMPARE(location.anchor, anchor);
        QCOMPARE(location.toString(), text);
    }
};

QTEST_GUILESS_MAIN(TestNavigationHistory)
#include "tst_navigationhistory.moc"
