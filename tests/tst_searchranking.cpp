// SPDX-License-Identifier: MIT
// Ranking: words that stand together, in order, before words scattered over a page.
#include "content/catalogue.h"
#include "search/searchindex.h"

#include <QTest>

class TestSearchRanking : public QObject
{
    Q_OBJECT

    const Catalogue m_pack = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/ranking"));
    SearchIndex m_index;

private slots:
    void initTestCase()
    {
        QCOMPARE(m_pack.pages().size(), 2);
        m_index.buildInMemory(m_pack);
        // The scattered page has the words far more often: bm25 alone puts it first.
        const SearchResults scattered = m_index.search(QStringLiteral("operator question"));
        QCOMPARE(scattered.results.first().pageId, QStringLiteral("scattered"));
    }

    void wordsTogetherComeFirst()
    {
        const SearchResults found = m_index.search(QStringLiteral("question mark operator"));
        QCOMPARE(found.results.size(), 2);
        QCOMPARE(found.results.first().pageId, QStringLiteral("together"));
        QCOMPARE(found.results.last().pageId, QStringLiteral("scattered"));
    }

    void whileTypingToo()
    {
        const SearchResults found = m_index.search(QStringLiteral("question mark operator"), SearchIndex::Matching::PrefixLastWord);
        QCOMPARE(found.results.first().pageId, QStringLiteral("together"));
    }
};

QTEST_MAIN(TestSearchRanking)
#include "tst_searchranking.moc"
