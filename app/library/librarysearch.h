// SPDX-License-Identifier: MIT
#pragma once

#include "search/searchindex.h"

#include <QVector>

/// One pack to search: its folder (the library's key), its title and its index.
struct SearchSource
{
    QString root;
    QString title;
    SearchIndex *index = nullptr;
};

/// Searches one pack or several and merges the results into one list. bm25 scores of separate
/// indexes are not comparable (each has its own word statistics), so results are merged by
/// reciprocal rank fusion: a result at rank r in its own pack scores 1 / (60 + r), exact titles
/// first. Each result names its pack when there are several. When nothing matches, the
/// suggestions are each pack's own (SearchIndex::search), taken in turn: the first of every
/// pack, then the second, and so on.
class LibrarySearch final
{
public:
    static constexpr int FusionConstant = 60;

    static SearchResults search(const QVector<SearchSource> &sources, const QString &text,
                                SearchIndex::Matching matching = SearchIndex::Matching::WholeWords, int limit = SearchIndex::DefaultLimit,
                                SearchIndex::Spelling spelling = SearchIndex::Spelling::Corrected);
    static constexpr int MaxSuggestions = 3;

private:
    static QVector<TitleSuggestion> interleaved(const QVector<QVector<TitleSuggestion>> &perPack);
};
