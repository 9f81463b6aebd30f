// SPDX-License-Identifier: MIT
#pragma once

#include "searchquery.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringView>

/// Corrects a mistyped word to one of the index's own words ("lifetme" to "lifetime"), as
/// search engines do: a word the vocabulary lacks is replaced by the one at the smallest
/// Damerau–Levenshtein distance (1 for words of up to five letters, 2 for longer ones), the
/// most used of those when several are as close.
class SpellingCorrector
{
public:
    explicit SpellingCorrector(const QSqlDatabase &database) : m_database(database) { }

    /// The correction of @p word (lower case), or empty when it is known, too short to guess
    /// at, or has no close enough neighbour.
    QString correct(const QString &word) const;
    /// @p text (read as @p query) with its misspelt words corrected, whole words only; empty
    /// when none was. Quoted phrases and excluded words stay as typed.
    QString corrected(const SearchQuery &query, const QString &text) const;

    /// Optimal string alignment distance (an adjacent swap costs 1), or @p limit + 1 once it
    /// is certain to exceed @p limit.
    static int distance(QStringView a, QStringView b, int limit);

    static constexpr int MinLength = 4; ///< Shorter words are left as typed

private:
    bool isKnown(const QString &word) const;

    QSqlDatabase m_database;
};
