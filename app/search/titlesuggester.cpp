// SPDX-License-Identifier: MIT
#include "titlesuggester.h"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <vector>

namespace {

constexpr int MaxQueryWords = 8;
constexpr int MaxWordLength = 32; // Typos in longer words are rare; the cost is quadratic.

/// Edits a word of this length may need and still count as the same word.
int allowedEdits(qsizetype length)
{
    return length <= 2 ? 0 : length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

} // namespace

TitleSuggester::TitleSuggester(const QVector<TitleSuggestion> &titles) : m_titles(titles)
{
    m_wordCounts.reserve(titles.size());
    for (int i = 0; i < titles.size(); ++i) {
        const QStringList titleWords = words(titles.at(i).title);
        m_wordCounts.push_back(int(titleWords.size()));
        for (const QString &word : titleWords) {
            QVector<int> &list = m_titlesByWord[word.left(MaxWordLength)];
            if (list.isEmpty() || list.last() != i)
                list.push_back(i);
        }
    }
}

QStringList TitleSuggester::words(const QString &text)
{
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            current += c;
        } else if (!current.isEmpty()) {
            out.push_back(current.toLower());
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.push_back(current.toLower());
    return out;
}

int TitleSuggester::distance(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // Three rows are enough for the optimal-string-alignment recurrence.
    std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                best = std::min(best, before[j - 2] + 1);
            current[j] = best;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

QVector<TitleSuggestion> TitleSuggester::suggest(const QString &text, int count) const
{
    QStringList queryWords = words(text);
    queryWords.removeDuplicates();
    if (queryWords.size() > MaxQueryWords)
        queryWords.resize(MaxQueryWords);
    if (queryWords.isEmpty() || count <= 0)
        return {};

    // For every title that has a close word for each query word: the sum of the best distances.
    // A title word that merely starts with the query word ("robot" in "robotics") costs one edit.
    constexpr int Far = 1 << 20;
    QHash<int, std::array<int, MaxQueryWords>> best;
    for (int q = 0; q < queryWords.size(); ++q) {
        const QString word = queryWords.at(q).left(MaxWordLength);
        const int allowed = allowedEdits(word.size());
        for (auto it = m_titlesByWord.cbegin(); it != m_titlesByWord.cend(); ++it) {
            const QString &candidate = it.key();
            int edits = Far;
            if (word.size() >= 3 && candidate.startsWith(word)) {
                edits = candidate.size() == word.size() ? 0 : 1;
            } else if (std::abs(candidate.size() - word.size()) <= allowed) {
                if (const int d = distance(word, candidate); d <= allowed)
                    edits = d;
            }
            if (edits == Far)
                continue;
            for (const int title : it.value()) {
                auto slot = best.find(title);
                if (slot == best.end()) {
                    std::array<int, MaxQueryWords> fresh;
                    fresh.fill(Far);
                    slot = best.insert(title, fresh);
                }
                (*slot)[q] = std::min((*slot)[q], edits);
            }
        }
    }

    struct Scored
    {
        int title;
        int edits;
    };
    std::vector<Scored> scored;
    for (auto it = best.cbegin(); it != best.cend(); ++it) {
        int sum = 0;
        for (int q = 0; q < queryWords.size(); ++q)
            sum += it.value()[q];
        if (sum < Far)
            scored.push_back({it.key(), sum});
    }
    std::sort(scored.begin(), scored.end(), [this](const Scored &a, const Scored &b) {
        if (a.edits != b.edits)
            return a.edits < b.edits;
        if (m_wordCounts.at(a.title) != m_wordCounts.at(b.title))
            return m_wordCounts.at(a.title) < m_wordCounts.at(b.title);
        return m_titles.at(a.title).title < m_titles.at(b.title).title;
    });
    QVector<TitleSuggestion> out;
    for (std::size_t i = 0; i < scored.size() && out.size() < count; ++i)
        out.push_back(m_titles.at(scored[i].title));
    return out;
}
