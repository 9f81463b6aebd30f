// SPDX-License-Identifier: MIT
#include "spellingcorrector.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

int SpellingCorrector::distance(QStringView a, QStringView b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    const int n = int(a.size()), m = int(b.size());
    // Three rows of the dynamic programme: two back for the swap of neighbours.
    std::vector<int> before(size_t(m) + 1), previous(size_t(m) + 1), current(size_t(m) + 1);
    for (int j = 0; j <= m; ++j)
        previous[size_t(j)] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int best = current[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int value = std::min({previous[size_t(j)] + 1, current[size_t(j) - 1] + 1, previous[size_t(j) - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                value = std::min(value, before[size_t(j) - 2] + 1);
            current[size_t(j)] = value;
            best = std::min(best, value);
        }
        if (best > limit)
            return limit + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[size_t(m)], limit + 1);
}

bool SpellingCorrector::isKnown(const QString &word) const
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT 1 FROM vocab WHERE word = ?"));
    query.addBindValue(word);
    return query.exec() && query.next();
}

QString SpellingCorrector::correct(const QString &word) const
{
    if (word.size() < MinLength || isKnown(word))
        return {};
    const int limit = word.size() <= 5 ? 1 : 2;
    // Candidates share the first letter, or the second (a slip on the first key, or the first
    // two swapped): a few thousand rows even in a large vocabulary, read in key order.
    QString best;
    int bestDistance = limit + 1;
    qint64 bestUses = -1;
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT word, uses FROM vocab WHERE ((word >= ? AND word < ?) OR (word >= ? AND word < ?))"
                                 " AND length(word) BETWEEN ? AND ?"));
    for (const QChar first : {word.at(0), word.at(1)}) {
        query.addBindValue(QString(first));
        query.addBindValue(QString(QChar(first.unicode() + 1)));
    }
    query.addBindValue(int(word.size()) - limit);
    query.addBindValue(int(word.size()) + limit);
    if (!query.exec())
        return {};
    while (query.next()) {
        const QString candidate = query.value(0).toString();
        const int d = distance(word, candidate, std::min(limit, bestDistance));
        const qint64 uses = query.value(1).toLongLong();
        if (d < bestDistance || (d == bestDistance && d <= limit && uses > bestUses)) {
            best = candidate;
            bestDistance = d;
            bestUses = uses;
        }
    }
    return bestDistance <= limit ? best : QString();
}

QString SpellingCorrector::corrected(const SearchQuery &query, const QString &text) const
{
    QString fixed = text;
    bool changed = false;
    for (const SearchQuery::Term &term : query.terms()) {
        if (term.phrase || term.excluded)
            continue;
        const QString correction = correct(term.text.toLower());
        if (correction.isEmpty())
            continue;
        // Whole words only: "borow" in "borow checker", not inside another word.
        fixed.replace(QRegularExpression(QStringLiteral("(?<![\\w])") + QRegularExpression::escape(term.text) + QStringLiteral("(?![\\w])"),
                                         QRegularExpression::CaseInsensitiveOption),
                      correction);
        changed = true;
    }
    return changed ? fixed : QString();
}
