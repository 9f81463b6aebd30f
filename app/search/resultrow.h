// SPDX-License-Identifier: MIT
#pragma once

#include "searchresult.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

/// One row of a search's results, read into a SearchResult.
class ResultRow final
{
public:
    /// The statement every result row comes from, up to its MATCH ("… WHERE fts MATCH ?"):
    /// docid, page id, title, outline, a snippet with \x02 and \x03 around the matches, body.
    static const QString Select;

    /// The result of the current row of \a row. Its section is the heading whose key
    /// (SearchQuery::normalizedTitle) is \a sectionKey, when given; otherwise the last heading
    /// that starts before the first match.
    static SearchResult read(const QSqlQuery &row, const QStringList &queryTerms, const QString &sectionKey = {});
};
