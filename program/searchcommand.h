// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class Catalogue;
class QTextStream;

/// `rust-atlas --search QUERY`: ranked results with snippets, as text or JSON.
class SearchCommand final
{
public:
    /// Returns 0 when something was found, 1 when nothing was (the reason and suggestions go to \a err).
    static int run(const QVector<const Catalogue *> &catalogues, const QString &query, int limit, bool json, QTextStream &out,
                   QTextStream &err);
};
