// SPDX-License-Identifier: MIT
#pragma once

#include "searchresult.h"

#include <QHash>
#include <QString>
#include <QVector>

/// "Did you mean": the page titles closest to a query that found nothing. Compares lower-case
/// words with the Damerau–Levenshtein distance (optimal string alignment), so a typo, a missing
/// or doubled letter or two swapped letters in each word still finds the title.
class TitleSuggester final
{
public:
    TitleSuggester() = default;
    explicit TitleSuggester(const QVector<TitleSuggestion> &titles);

    bool isEmpty() const { return m_titles.isEmpty(); }
    /// Up to \a count titles in which every word of \a text has a close word, closest first.
    QVector<TitleSuggestion> suggest(const QString &text, int count = 3) const;

    /// Edits (insert, delete, substitute, swap two neighbours) that turn \a a into \a b.
    static int distance(QStringView a, QStringView b);
    /// The letter-and-digit words of \a text, lower case.
    static QStringList words(const QString &text);

private:
    QVector<TitleSuggestion> m_titles;
    QVector<int> m_wordCounts; ///< Words per title: fewer extra words rank higher.
    QHash<QString, QVector<int>> m_titlesByWord; ///< Each distinct title word, once: 100,000 titles share a few thousand words.
};
