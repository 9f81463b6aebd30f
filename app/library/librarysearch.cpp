// SPDX-License-Identifier: MIT
#include "librarysearch.h"

#include <algorithm>

SearchResults LibrarySearch::search(const QVector<SearchSource> &sources, const QString &text, SearchIndex::Matching matching, int limit,
                                    SearchIndex::Spelling spelling)
{
    SearchResults merged;
    struct Ranked
    {
        SearchResult result;
        double score;
    };
    QVector<Ranked> ranked;
    const bool several = sources.size() > 1;
    for (const SearchSource &source : sources) {
        SearchResults found = source.index->search(text, matching, limit, spelling);
        if (merged.correctedText.isEmpty())
            merged.correctedText = found.correctedText;
        merged.stillIndexing = merged.stillIndexing || found.stillIndexing;
        merged.total = std::min(merged.total + found.total, SearchResults::MaxCounted);
        if (merged.highlightTerms.isEmpty())
            merged.highlightTerms = found.highlightTerms;
        if (merged.message.isEmpty())
            merged.message = found.message;
        for (int rank = 0; rank < found.results.size(); ++rank) {
            SearchResult result = std::move(found.results[rank]);
            result.packRoot = source.root;
            if (several)
                result.packTitle = source.title;
            ranked.push_back({std::move(result), 1.0 / (FusionConstant + rank + 1)});
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.result.exactTitle != b.result.exactTitle)
            return a.result.exactTitle;
        return a.score > b.score;
    });
    for (int i = 0; i < ranked.size() && i < limit; ++i)
        merged.results.push_back(std::move(ranked[i].result));
    if (!merged.results.isEmpty())
        merged.message.clear();
    return merged;
}

QVector<TitleSuggestion> LibrarySearch::suggestions(const QVector<SearchSource> &sources, const QString &text, int count)
{
    QVector<TitleSuggestion> all;
    // The first suggestion of every pack, then the second of every pack, and so on.
    QVector<QVector<TitleSuggestion>> perPack;
    for (const SearchSource &source : sources) {
        QVector<TitleSuggestion> found = source.index->suggestions(text, count);
        for (TitleSuggestion &suggestion : found)
            suggestion.packRoot = source.root;
        perPack.push_back(found);
    }
    for (int rank = 0; rank < count && all.size() < count; ++rank) {
        for (const auto &found : std::as_const(perPack)) {
            if (rank < found.size() && all.size() < count)
                all.push_back(found.at(rank));
        }
    }
    return all;
}
