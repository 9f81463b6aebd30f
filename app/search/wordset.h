// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <vector>

/// The distinct words of the pages and how often each is used, for completing prefixes.
/// Tokenizing and hashing in one pass with a flat table of 64-bit hashes is about ten times
/// cheaper than a QSet<QString>;
/// two words sharing a 64-bit hash would only lose one completion. A word is copied once, when
/// first seen, so the texts may go (the indexer reads pages one at a time).
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
        QString word;
        qint64 uses = 0;
    };

    void insert(quint64 hash, QStringView word);
    void place(Slot &&slot);
    void grow();

    std::vector<Slot> m_slots;
    qsizetype m_count = 0;
};
