// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

/// A page whose title is close to what was typed, offered when nothing matched.
struct TitleSuggestion
{
    QString pageId;
    QString title;
    QString packRoot; ///< Set when several packs were searched.
};

/// One page that matched a search.
struct SearchResult
{
    QString pageId;
    QString title;
    QString heading; ///< The section the first match is in; empty when it is before any heading.
    QString anchor; ///< That section's anchor, for opening the page there.
    QString snippetHtml; ///< HTML-escaped text around the match, with <b>…</b> around matched words.
    /// The words of this page that matched (stemming included, "running" for "run"), then the
    /// query's own terms: what to highlight when the page is opened.
    QStringList highlightTerms;
    /// The whole query is this page's title, or the name of one of its sections (then heading
    /// and anchor are that section's), so it comes first.
    bool exactTitle = false;
    QString packRoot; ///< The pack the page belongs to (set by LibrarySearch).
    QString packTitle; ///< Its title, shown when results of several packs are merged.
};

/// Everything a search produced. It never carries an SQL or FTS error: when something goes wrong
/// the list is empty and message says, in plain words, what the user can do.
struct SearchResults
{
    QVector<SearchResult> results;
    QStringList highlightTerms; ///< The positive words and phrases of the query, as typed.
    QString message; ///< For the status line; empty when there are results.
    bool stillIndexing = false; ///< Results (if any) come from the index as it was before.
    QVector<TitleSuggestion> suggestions; ///< Filled only when nothing matched.
    /// When nothing matched what was typed and a misspelt word was corrected: the text searched
    /// instead ("lifetime" for "lifetme"). Empty otherwise.
    QString correctedText;
    /// How many pages match in all, counted up to MaxCounted (then "more than" that many).
    int total = 0;
    static constexpr int MaxCounted = 10000;
};
