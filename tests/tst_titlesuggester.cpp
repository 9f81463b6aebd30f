// SPDX-License-Identifier: MIT
#include "search/titlesuggester.h"

#include <QTest>

// The edit distance behind "did you mean". The suggestions themselves, as a search returns
// them, are tested in tst_searchindex.
class TestTitleSuggester : public QObject
{
    Q_OBJECT

private slots:
    void suggesterDistance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("same") << "rust"
                              << "rust" << 0;
        QTest::newRow("substitution") << "rust"
                                      << "bust" << 1;
        QTest::newRow("insertion") << "rust"
                                   << "rusty" << 1;
        QTest::newRow("deletion") << "rust"
                                  << "rst" << 1;
        QTest::newRow("transposition") << "rust"
                                       << "rsut" << 1;
        QTest::newRow("empty") << ""
                               << "abc" << 3;
        QTest::newRow("different") << "kitten"
                                   << "sitting" << 3;
    }

    void suggesterDistance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(TitleSuggester::distance(a, b), distance);
        QCOMPARE(TitleSuggester::distance(b, a), distance);
    }
};

QTEST_GUILESS_MAIN(TestTitleSuggester)
#include "tst_titlesuggester.moc"
