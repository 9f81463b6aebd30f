// SPDX-License-Identifier: MIT
// Typos are corrected from the index's own vocabulary, and said.
#include "content/catalogue.h"
#include "search/searchindex.h"
#include "search/spellingcorrector.h"

#include <QTest>

class TestSpellingCorrector : public QObject
{
    Q_OBJECT

    const Catalogue m_catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
    SearchIndex m_index;

private slots:
    void initTestCase() { m_index.buildInMemory(m_catalogue); }

    void distance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("expected");
        QTest::newRow("same") << "borrow"
                              << "borrow" << 2 << 0;
        QTest::newRow("missing letter") << "borow"
                                        << "borrow" << 2 << 1;
        QTest::newRow("extra letter") << "unssafe"
                                      << "unsafe" << 2 << 1;
        QTest::newRow("wrong letter") << "lifetome"
                                      << "lifetime" << 2 << 1;
        QTest::newRow("swapped neighbours") << "borrwo"
                                            << "borrow" << 2 << 1;
        QTest::newRow("two edits") << "lifetme"
                                   << "lifetimes" << 2 << 2;
        QTest::newRow("beyond the limit") << "kitten"
                                          << "sitting" << 2 << 3;
        QTest::newRow("lengths too far apart") << "ab"
                                               << "abcdef" << 2 << 3;
    }
    void distance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, limit);
        QFETCH(int, expected);
        QCOMPARE(SpellingCorrector::distance(a, b, limit), expected);
        QCOMPARE(SpellingCorrector::distance(b, a, limit), expected);
    }

    void typosAreCorrectedAndSaid_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("searched");
        QTest::newRow("one word") << "lifetme"
                                  << "lifetimes";
        QTest::newRow("two words") << "borow checker"
                                   << "borrow checker";
        QTest::newRow("capitals kept out") << "Borow Checker"
                                           << "borrow Checker";
        QTest::newRow("swapped letters") << "compilre"
                                         << "compiler";
    }
    void typosAreCorrectedAndSaid()
    {
        QFETCH(QString, typed);
        QFETCH(QString, searched);
        const SearchResults found = m_index.search(typed);
        QCOMPARE(found.correctedText, searched);
        QVERIFY(!found.results.isEmpty());
        QVERIFY(found.message.isEmpty());
        // Asked for as typed: nothing, and no correction.
        const SearchResults asTyped
            = m_index.search(typed, SearchIndex::Matching::WholeWords, SearchIndex::DefaultLimit, SearchIndex::Spelling::AsTyped);
        QVERIFY(asTyped.results.isEmpty());
        QVERIFY(asTyped.correctedText.isEmpty());
    }

    void knownOrHopelessWordsStay_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("known") << "unsafe";
        QTest::newRow("nothing close") << "xqzpwv";
        QTest::newRow("too short to guess") << "xqz";
        QTest::newRow("a quoted phrase is exact") << "\"borow checker\"";
    }
    void knownOrHopelessWordsStay()
    {
        QFETCH(QString, typed);
        QVERIFY2(m_index.search(typed).correctedText.isEmpty(), qPrintable(m_index.search(typed).correctedText));
    }

    void hostileTextStaysHarmless()
    {
        for (const QString &typed :
             {QStringLiteral("borow\" OR NEAR( *"), QStringLiteral("lifetme) ^title:x"), QStringLiteral("b\\orow")}) {
            const SearchResults found = m_index.search(typed);
            QVERIFY2(!found.message.contains(QStringLiteral("fts5"), Qt::CaseInsensitive), qPrintable(found.message));
            QVERIFY2(!found.message.contains(QStringLiteral("syntax"), Qt::CaseInsensitive), qPrintable(found.message));
        }
    }
};

QTEST_MAIN(TestSpellingCorrector)
#include "tst_spellingcorrector.moc"
