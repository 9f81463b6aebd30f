// SPDX-License-Identifier: MIT
#include "pack/naturalorder.h"

#include <QTest>

class TestNaturalOrder : public QObject
{
    Q_OBJECT

private slots:
    void compare_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("numbers by value") << "page-2.md"
                                          << "page-10.md" << -1;
        QTest::newRow("numbers by value, reversed") << "page-10.md"
                                                    << "page-2.md" << 1;
        QTest::newRow("leading zeros") << "0002-x.md"
                                       << "0010-x.md" << -1;
        QTest::newRow("same value, more zeros") << "ch01.md"
                                                << "ch1.md" << -1;
        QTest::newRow("case-insensitive") << "Apple.md"
                                          << "banana.md" << -1;
        QTest::newRow("prefix first") << "intro.md"
                                      << "intro-2.md" << -1;
        QTest::newRow("equal") << "a/b.md"
                               << "a/b.md" << 0;
        QTest::newRow("folder separator first") << "guide/a.md"
                                                << "guide-b.md" << -1;
        QTest::newRow("long numbers") << "v12345678901234567890"
                                      << "v12345678901234567891" << -1;
    }
    void compare()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(NaturalOrder::compare(a, b), expected);
        QCOMPARE(NaturalOrder::compare(b, a), -expected);
    }

    void sortsAList()
    {
        QStringList names{QStringLiteral("page-10.md"), QStringLiteral("page-1.md"), QStringLiteral("Page-2.md"),
                          QStringLiteral("page-100.md")};
        std::sort(names.begin(), names.end(), NaturalOrder::less);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("page-1.md"), QStringLiteral("Page-2.md"), QStringLiteral("page-10.md"),
                              QStringLiteral("page-100.md")}));
    }
};

QTEST_GUILESS_MAIN(TestNaturalOrder)
#include "tst_naturalorder.moc"
