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
    QVector<QVector<TitleSuggestion>> suggestions;
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
        for (TitleSuggestion &suggestion : found.suggestions)
            suggestion.packRoot = source.root;
        suggestions.push_back(std::move(found.suggestions));
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
    else
        merged.suggestions = interleaved(suggestions);
    return merged;
}

QVector<TitleSuggestion> LibrarySearch::interleaved(const QVector<QVector<TitleSuggestion>> &perPack)
{
    QVector<TitleSuggestion> all;
    for (int rank = 0; all.size() < MaxSuggestions; ++rank) {
        bool more = false;
        for (const auto &found : perPack) {
            more = more || rank + 1 < found.size();
            if (rank < found.size() && all.size() < MaxSuggestions)
                all.push_back(found.at(rank));
        }
        if (!more)
            break;
    }
    return all;
}
