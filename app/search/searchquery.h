// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

/// What a user typed into the search field, turned into a safe SQLite FTS5 MATCH expression.
///
/// Any text is valid. Words are AND-ed, "quoted phrases", -exclusions and an upper-case OR
/// between two terms are understood; everything else is taken literally or ignored. A word
/// holding code (`?`, `&mut`, `Vec::new`) also matches that code in the code column. Repeated
/// words count once, and common English words ("the", "of") are dropped next to other words.
/// Every term reaches FTS5 as a string ("term" with internal quotes doubled), so user text can
/// never become FTS5 syntax (NEAR, column filters, ^, *, parentheses) or a syntax error.
class SearchQuery final
{
public:
    static constexpr int MaxTerms = 32;
    static constexpr int MaxWordLength = 64; ///< Characters; FTS5's porter stemmer ignores longer tokens anyway.
    static constexpr int MaxPhraseLength = 256;
    static constexpr int MaxInputLength = 4096; ///< A pasted page is cut here, long before it could cost time.
    /// Shorter last words match whole words only: a one-letter prefix would merge most of the index.
    static constexpr int MinPrefixLength = 3;

    enum class Problem { None, Empty, OnlyExclusions };

    struct Term
    {
        QString text;
        bool phrase = false; ///< Quoted by the user; never matched as a prefix.
        bool excluded = false;
        bool prefix = false;
        bool orWithNext = false; ///< "a OR b": this term and the next form one alternative.
        QStringList code; ///< Its code tokens (CodeTokens), searched for in the code column.
    };

    /// \a prefixLastWord: the text is being typed, so its last word (when nothing follows it,
    /// not even a space) is matched as a prefix.
    explicit SearchQuery(const QString &text, bool prefixLastWord = false);

    /// True when there is at least one term to look for (exclusions alone match nothing).
    bool isSearchable() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    const QVector<Term> &terms() const { return m_terms; }

    /// The last word when it is matched as a prefix and is one plain word, for completing it from
    /// the index's vocabulary; otherwise empty. Lower case.
    QString prefixWord() const;
    /// The FTS5 expression. The prefix is matched as the OR of itself and \a prefixCompletions
    /// (the most used words starting with prefixWord()) when there are any, else as an FTS5 prefix
    /// ("word"*): the porter stemmer cuts a typed "runni" to a prefix that the stored stem "run"
    /// does not start with, and a short FTS5 prefix merges the lists of thousands of words.
    /// A \a columnFilter such as "{title headings}" restricts where the words must be found;
    /// exclusions still apply to every column.
    QString matchExpression(const QStringList &prefixCompletions = {}, const QString &columnFilter = {}) const;
    /// The query's words as one phrase, in the order typed ("question mark operator"), with its
    /// exclusions; empty unless there are two words or more and no quotes or OR.
    QString phraseExpression() const;
    /// Ranking steps, most demanding first; each matches a subset of the pages the next one
    /// does, and the last is matchExpression(). Words together in order first (a NEAR step
    /// after it was measured and made ranking worse); a word being typed counts whole before
    /// it counts as a prefix.
    QStringList steps(const QStringList &prefixCompletions) const;
    /// The positive words and phrases, as typed, for highlighting.
    QStringList highlightTerms() const;
    /// The whole text, normalised like normalizedTitle(), for the exact-title ranking rule.
    QString titleKey() const { return m_titleKey; }

    /// Lower case, every run of characters other than letters and digits made one space.
    static QString normalizedTitle(const QString &title);
    /// \a text as an FTS5 string: always literal, whatever it contains.
    static QString quoted(const QString &text);
    /// Whether \a text has a letter or digit; terms without one would be empty to the tokenizer.
    static bool hasLetterOrDigit(QStringView text);

private:
    QString render(const Term &term, const QStringList &completions) const;
    QString renderWords(const Term &term, const QStringList &completions) const;
    /// The positive plain words, and the exclusions as one FTS5 alternative; false with quotes or OR.
    bool wordsAndExclusions(QStringList *words, QString *excluded) const;

    QVector<Term> m_terms;
    QString m_titleKey;
    Problem m_problem = Problem::Empty;
};
