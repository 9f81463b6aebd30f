// SPDX-License-Identifier: MIT
// The tabs' own bookkeeping: opening next to a tab, closing as browsers do, reopening closed
// tabs, each tab's own history, and saving and restoring the set.
#include "navigation/tabset.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestTabSet : public QObject
{
    Q_OBJECT

    static QStringList pages(const TabSet &tabs)
    {
        QStringList ids;
        for (int i = 0; i < tabs.count(); ++i)
            ids.push_back(tabs.tab(i).history.current().pageId);
        return ids;
    }

private slots:
    void opensNextToATabAndClosesAsBrowsersDo()
    {
        TabSet tabs;
        tabs.open(QString(), {QStringLiteral("a"), {}});
        tabs.open(QString(), {QStringLiteral("c"), {}});
        tabs.open(QString(), {QStringLiteral("b"), {}}, 0, false); // a link opened in the background
        QCOMPARE(pages(tabs), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(tabs.current(), 2); // still c
        tabs.setCurrent(1);
        tabs.close(1); // the right neighbour takes its place
        QCOMPARE(tabs.current(), 1);
        QCOMPARE(tabs.tab(tabs.current()).history.current().pageId, QStringLiteral("c"));
        tabs.close(1); // the last: its left neighbour
        QCOMPARE(tabs.current(), 0);
        QVERIFY(tabs.reopenClosed()); // c, where it was
        QVERIFY(tabs.reopenClosed()); // then b
        QCOMPARE(pages(tabs), QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(tabs.current(), 1);
        QVERIFY(!tabs.reopenClosed());
        QCOMPARE(tabs.neighbour(1), 2);
        QCOMPARE(tabs.neighbour(2), 0); // wraps
        QCOMPARE(tabs.neighbour(-2), 2);
        tabs.closeOthers(2);
        QCOMPARE(pages(tabs), QStringList{QStringLiteral("c")});
        QCOMPARE(tabs.current(), 0);
        tabs.close(0);
        QCOMPARE(tabs.count(), 0);
        QCOMPARE(tabs.current(), -1);
    }

    void eachTabHasItsOwnHistory()
    {
        TabSet tabs;
        tabs.open(QStringLiteral("/book"), {QStringLiteral("one"), {}});
        tabs.tab(0).history.visit({QStringLiteral("two"), {}});
        tabs.tab(0).zoom = 2;
        tabs.duplicate(0);
        QCOMPARE(tabs.current(), 1);
        tabs.tab(1).history.visit({QStringLiteral("three"), {}});
        QCOMPARE(tabs.tab(0).history.current().pageId, QStringLiteral("two"));
        QCOMPARE(tabs.tab(1).history.go(-1).pageId, QStringLiteral("two"));
        QCOMPARE(tabs.tab(1).history.go(-1).pageId, QStringLiteral("one")); // the copy has the history too
        QCOMPARE(tabs.tab(1).zoom, 2);
    }

    void savedAndRestoredWithoutGonePacks()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        TabSet tabs;
        tabs.open(QString(), {QStringLiteral("index"), {}});
        tabs.open(QStringLiteral("/gone"), {QStringLiteral("x"), {}});
        tabs.open(QStringLiteral("/book"), {QStringLiteral("ch1"), QStringLiteral("intro")});
        tabs.tab(2).zoom = -1;
        tabs.setCurrent(2);
        tabs.save(settings);
        const TabSet restored = TabSet::restore(settings, [](const QString &pack) { return pack != QLatin1String("/gone"); });
        QCOMPARE(restored.count(), 2);
        QCOMPARE(restored.tab(1).packRoot, QStringLiteral("/book"));
        QCOMPARE(restored.tab(1).history.current().toString(), QStringLiteral("ch1#intro"));
        QCOMPARE(restored.tab(1).zoom, -1);
        QCOMPARE(restored.current(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTabSet)
#include "tst_tabset.moc"
