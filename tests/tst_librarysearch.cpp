// SPDX-License-Identifier: MIT
#include "content/catalogue.h"
#include "library/librarysearch.h"

#include <QSet>
#include <QTest>

class TestLibrarySearch : public QObject
{
    Q_OBJECT

    const Catalogue m_book = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/book"));
    const Catalogue m_vault = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/vault"));

    SearchIndex m_bookIndex;
    SearchIndex m_vaultIndex;

    QVector<SearchSource> bothPacks()
    {
        return {{QStringLiteral("book"), QStringLiteral("Book"), &m_bookIndex},
                {QStringLiteral("vault"), QStringLiteral("Vault"), &m_vaultIndex}};
    }

private slots:
    void initTestCase()
    {
        m_bookIndex.buildInMemory(m_book);
        m_vaultIndex.buildInMemory(m_vault);
    }

    void onePackIsSearchedAsItIs()
    {
        const SearchResults direct = m_bookIndex.search(QStringLiteral("ownership"));
        const SearchResults viaLibrary
            = LibrarySearch::search({{QStringLiteral("book"), QStringLiteral("Book"), &m_bookIndex}}, QStringLiteral("ownership"));
        QCOMPARE(viaLibrary.results.size(), direct.results.size());
        for (int i = 0; i < direct.results.size(); ++i) {
            QCOMPARE(viaLibrary.results.at(i).pageId, direct.results.at(i).pageId);
            QCOMPARE(viaLibrary.results.at(i).packRoot, QStringLiteral("book"));
            QVERIFY(viaLibrary.results.at(i).packTitle.isEmpty()); // one pack: no need to name it
        }
    }

    void severalPacksInterleaveByRank()
    {
        const QVector<SearchSource> sources = bothPacks();
        const SearchResults merged = LibrarySearch::search(sources, QStringLiteral("ownership"));
        const SearchResults fromBook = m_bookIndex.search(QStringLiteral("ownership"));
        const SearchResults fromVault = m_vaultIndex.search(QStringLiteral("ownership"));
        QCOMPARE(merged.results.size(), std::min<qsizetype>(SearchIndex::DefaultLimit, fromBook.results.size() + fromVault.results.size()));
        // Every pack's first result comes before every pack's second (reciprocal rank fusion).
        QStringList firstTwo{merged.results.at(0).packRoot, merged.results.at(1).packRoot};
        std::sort(firstTwo.begin(), firstTwo.end());
        QCOMPARE(firstTwo, (QStringList{QStringLiteral("book"), QStringLiteral("vault")}));
        for (const SearchResult &result : merged.results)
            QCOMPARE(result.packTitle, result.packRoot == u"book" ? QStringLiteral("Book") : QStringLiteral("Vault"));
        QCOMPARE(LibrarySearch::search(sources, QStringLiteral("ownership"), SearchIndex::Matching::WholeWords, 3).results.size(), 3);
    }

    void nothingFoundSuggestsFromEveryPack()
    {
        const QVector<SearchSource> sources = bothPacks();
        const SearchResults none = LibrarySearch::search(sources, QStringLiteral("Owenrship"), SearchIndex::Matching::WholeWords,
                                                         SearchIndex::DefaultLimit, SearchIndex::Spelling::AsTyped);
        QVERIFY(none.results.isEmpty());
        const QVector<TitleSuggestion> &suggestions = none.suggestions;
        QVERIFY(!suggestions.isEmpty());
        QVERIFY(suggestions.size() <= LibrarySearch::MaxSuggestions);
        QSet<QString> packs;
        for (const TitleSuggestion &suggestion : suggestions)
            packs.insert(suggestion.packRoot);
        QCOMPARE(packs.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLibrarySearch)
#include "tst_librarysearch.moc"
