// SPDX-License-Identifier: MIT
#include "wordset.h"

#include <algorithm>
#include <array>
#include <utility>

namespace {
// Shorter words are left out: they are the most frequent tokens, so skipping them saves most of
// the hashing, and a typed word always matches itself anyway (SearchQuery::matchExpression()).
constexpr int MinVocabularyWord = 4;
constexpr int MaxVocabularyWord = 64;

/// For ASCII: the lower-case letter or the digit, or 0 for a separator. Most text is ASCII,
/// and a table lookup is cheaper than QChar's category checks.
constexpr std::array<char16_t, 128> asciiWordChars = [] {
    std::array<char16_t, 128> table{};
    for (char16_t c = u'0'; c <= u'9'; ++c)
        table[c] = c;
    for (char16_t c = u'a'; c <= u'z'; ++c)
        table[c] = table[c - u'a' + u'A'] = c;
    return table;
}();

/// Appends \a text to \a out as a JSON string literal.
void appendJson(QString &out, QStringView text)
{
    out += u'"';
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return c == u'"' || c == u'\\' || c.unicode() < 0x20; })) {
        out += text;
        out += u'"';
        return;
    }
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c.unicode() < 0x20) {
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += u'"';
}
} // namespace

void WordSet::addWordsOf(const QString &text)
{
    const QChar *chars = text.constData();
    const qsizetype n = text.size();
    const auto isWordChar = [chars](qsizetype at) {
        const char16_t c = chars[at].unicode();
        return c < 128 ? asciiWordChars[c] != 0 : chars[at].isLetterOrNumber();
    };
    for (qsizetype i = 0; i < n;) {
        if (!isWordChar(i)) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < n && isWordChar(end))
            ++end;
        // Most tokens are short ("the", "of"): they are skipped before any hashing.
        if (end - i >= MinVocabularyWord && end - i <= MaxVocabularyWord) {
            quint64 hash = 0xcbf29ce484222325ULL; // FNV-1a over the lower-case form
            for (qsizetype k = i; k < end; ++k) {
                const char16_t c = chars[k].unicode();
                hash = (hash ^ (c < 128 ? asciiWordChars[c] : chars[k].toLower().unicode())) * 0x100000001b3ULL;
            }
            insert(hash ? hash : 1, QStringView(chars + i, end - i));
        }
        i = end;
    }
}

QString WordSet::json() const
{
    std::vector<std::pair<QString, qint64>> words;
    words.reserve(std::size_t(m_count));
    for (const Slot &slot : m_slots) {
        if (slot.hash)
            words.emplace_back(slot.word.toLower(), slot.uses);
    }
    std::sort(words.begin(), words.end());
    QString out = QStringLiteral("[");
    for (const auto &[word, uses] : words) {
        out += u'[';
        appendJson(out, word);
        out += u',' + QString::number(uses) + QStringLiteral("],");
    }
    if (out.size() > 1)
        out.chop(1);
    return out + u']';
}

void WordSet::insert(quint64 hash, QStringView word)
{
    if (2 * (m_count + 1) > qsizetype(m_slots.size()))
        grow();
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
        if (m_slots[at].hash == hash) {
            ++m_slots[at].uses;
            return;
        }
        if (!m_slots[at].hash) {
            m_slots[at] = {hash, word.toString(), 1};
            ++m_count;
            return;
        }
    }
}

void WordSet::place(Slot &&slot)
{
    const std::size_t mask = m_slots.size() - 1;
    std::size_t at = slot.hash & mask;
    while (m_slots[at].hash)
        at = (at + 1) & mask;
    m_slots[at] = std::move(slot);
}

void WordSet::grow()
{
    std::vector<Slot> old(std::max<std::size_t>(1 << 14, m_slots.size() * 2));
    old.swap(m_slots);
    for (Slot &slot : old) {
        if (slot.hash)
            place(std::move(slot));
    }
}
