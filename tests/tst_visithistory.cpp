// SPDX-License-Identifier: MIT
#include "navigation/visithistory.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestVisitHistory : public QObject
{
    Q_OBJECT

    static VisitHistory::Visit visit(const QString &page, const QString &title, int minute)
    {
        return {QStringLiteral("/packs/book"), Location::fromString(page), title, QDateTime(QDate(2026, 11, 29), QTime(9, minute))};
    }

private slots:
    void newestFirstOncePerPageAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(path, QSettings::IniFormat);
            VisitHistory history(settings);
            history.record(visit(QStringLiteral("ownership"), QStringLiteral("Ownership"), 1));
            history.record(visit(QStringLiteral("borrowing#rules"), QStringLiteral("Borrowing"), 2));
            history.record(visit(QStringLiteral("ownership#moves"), QStringLiteral("Ownership"), 3)); // again: to the top
            history.record({QStringLiteral("/packs/book"), {}, QStringLiteral("nowhere"), {}}); // no page: not a visit
            QCOMPARE(history.visits().size(), 2);
            QCOMPARE(history.visits().first().location.toString(), QStringLiteral("ownership#moves"));
            QCOMPARE(history.matching(QStringLiteral("BORROW")).size(), 1);
            QCOMPARE(history.matching(QStringLiteral("  ")).size(), 2);
        }
        QSettings settings(path, QSettings::IniFormat);
        VisitHistory again(settings); // the next run sees the same
        QCOMPARE(again.visits().size(), 2);
        QCOMPARE(again.visits().at(1).title, QStringLiteral("Borrowing"));
        QCOMPARE(again.visits().at(1).time, QDateTime(QDate(2026, 11, 29), QTime(9, 2)));
        again.clear();
        QVERIFY(again.visits().isEmpty());
        QCOMPARE(VisitHistory(settings).visits().size(), 0);
    }

    void keepsTheNewestOnly()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        VisitHistory history(settings);
        for (int i = 0; i < VisitHistory::MaxVisits + 20; ++i)
            history.record(visit(QStringLiteral("page-%1").arg(i), QStringLiteral("Page %1").arg(i), i % 60));
        QCOMPARE(history.visits().size(), VisitHistory::MaxVisits);
        QCOMPARE(history.visits().first().location.pageId, QStringLiteral("page-%1").arg(VisitHistory::MaxVisits + 19));
    }
};

QTEST_GUILESS_MAIN(TestVisitHistory)
#include "tst_visithistory.moc"
