// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

/// The distinct words of the pages and how often each is used, for completing prefixes.
/// Tokenizing and hashing in one pass with a flat table of 64-bit hashes is about ten times
/// cheaper than a QSet<QString>;
/// two words sharing a 64-bit hash would only lose one completion. Keeps views into the
/// texts, which must outlive the set.
class WordSet
{
public:
    void addWordsOf(const QString &text);

    /// The words as a JSON array of [lower-case word, uses], for one INSERT … SELECT FROM json_each(?).
    /// Sorted, so that they go into the vocabulary's B-tree in order.
    QString json() const;

private:
    struct Slot
    {
        quint64 hash = 0;
        QStringView word;
        qint64 uses = 0;
    };

    void insert(quint64 hash, QStringView word, qint64 uses = 1);
    void grow();

    std::vector<Slot> m_slots;
    qsizetype m_count = 0;
};
