// SPDX-License-Identifier: MIT
// Ranking: words that stand together, in order, before words scattered over a page; code found
// as code; a title's very word before its stem; a named section opened there; a word being typed
// counts whole before its completions.
#include "content/catalogue.h"
#include "search/searchindex.h"

#include <QTest>

class TestSearchRanking : public QObject
{
    Q_OBJECT

    const Catalogue m_pack = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/ranking"));
    const Catalogue m_codePack = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/search-code"));
    SearchIndex m_index;
    SearchIndex m_codeIndex;

    static QStringList idsOf(const SearchResults &found)
    {
        QStringList ids;
        for (const SearchResult &result : found.results)
            ids.push_back(result.pageId);
        return ids;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_pack.pages().size(), 2);
        m_index.buildInMemory(m_pack);
        QCOMPARE(m_codePack.pages().size(), 10);
        m_codeIndex.buildInMemory(m_codePack);
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

    void codeFindsItsPage_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("page");
        // The prose page has every word of these queries, and no code.
        QTest::newRow("?") << "?"
                           << "errors";
        QTest::newRow("&mut") << "&mut"
                              << "borrowing";
        QTest::newRow("Box<T>") << "Box<T>"
                                << "smart-pointers";
        QTest::newRow("#[derive(Debug)]") << "#[derive(Debug)]"
                                          << "printing";
        QTest::newRow("Vec::new") << "Vec::new"
                                  << "lists";
        QTest::newRow("'a") << "'a"
                            << "references";
        QTest::newRow("'static") << "'static"
                                 << "references";
        QTest::newRow("code among words") << "new Vec::new list"
                                          << "lists";
    }

    void codeFindsItsPage()
    {
        QFETCH(QString, query);
        QFETCH(QString, page);
        for (const auto matching : {SearchIndex::Matching::WholeWords, SearchIndex::Matching::PrefixLastWord}) {
            const SearchResults found = m_codeIndex.search(query, matching);
            QVERIFY2(!found.results.isEmpty(), qPrintable(found.message));
            QCOMPARE(found.results.first().pageId, page);
        }
    }

    void questionMarkAloneIsNoPage()
    {
        // Prose questions are not the try operator: the prose page has two and is not found.
        QVERIFY(!idsOf(m_codeIndex.search(QStringLiteral("?"), SearchIndex::Matching::WholeWords, 20)).contains(QStringLiteral("prose")));
    }

    void titleWordBeforeItsStem()
    {
        // "operations" has the stem of "operator" far more often; the other page's title has the word.
        const SearchResults found = m_codeIndex.search(QStringLiteral("operator"));
        QCOMPARE(idsOf(found), QStringList({QStringLiteral("operators"), QStringLiteral("operations")}));
    }

    void namedSectionOpensThere()
    {
        // The prose page says "custom iterator" five times; the other has a section of that name.
        const SearchResults found = m_codeIndex.search(QStringLiteral("Writing a custom iterator"));
        QCOMPARE(found.results.first().pageId, QStringLiteral("smart-pointers"));
        QCOMPARE(found.results.first().anchor, QStringLiteral("writing-a-custom-iterator"));
        QCOMPARE(found.results.first().heading, QStringLiteral("Writing a custom iterator"));
        QVERIFY(found.results.first().exactTitle);
    }

    void commonHeadingNamesNoSection()
    {
        // Four pages have "Examples": it names none of them.
        const SearchResults found = m_codeIndex.search(QStringLiteral("examples"));
        QVERIFY(!found.results.isEmpty());
        for (const SearchResult &result : found.results)
            QVERIFY(!result.exactTitle);
    }

    void typedWordWholeBeforeCompletions()
    {
        // "box" being typed completes to "boxcar", which the trains page has six times over; the
        // pages with the word itself come first.
        const QStringList typing = idsOf(m_codeIndex.search(QStringLiteral("box"), SearchIndex::Matching::PrefixLastWord));
        QVERIFY(typing.size() >= 3);
        QCOMPARE(typing.last(), QStringLiteral("trains"));
    }
};

QTEST_MAIN(TestSearchRanking)
#include "tst_searchranking.moc"
