// SPDX-License-Identifier: MIT
#include "searchquery.h"

#include "codetokens.h"
#include "exactforms.h"

#include <QSet>

#include <algorithm>

namespace {

/// Cuts \a text to \a max UTF-16 units without splitting a surrogate pair.
QString truncated(QString text, int max)
{
    if (text.size() > max) {
        qsizetype cut = max;
        if (text.at(cut - 1).isHighSurrogate())
            --cut;
        text.truncate(cut);
    }
    return text;
}

/// Control and format characters, lone surrogates and every kind of white space become one
/// plain space, so the parser only ever has to look for ' ' and SQLite never sees invalid UTF-16.
QString sanitized(const QString &text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), SearchQuery::MaxInputLength);
    QString out;
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate() || c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format) {
            out += u' ';
        } else {
            out += c;
        }
    }
    return out;
}

/// English words found on nearly every page. Next to other words they narrow nothing, yet a
/// query holding one makes bm25 read that word's whole list for its IDF: about 10 ms on a pack
/// of 100,000 pages, for "the" alone.
bool isStopWord(const QString &word)
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char16_t *w :
             {u"a",    u"about", u"also",  u"an",    u"and",   u"any",   u"are",  u"as",   u"at",    u"be",   u"been", u"both", u"but",
              u"by",   u"can",   u"do",    u"does",  u"each",  u"for",   u"from", u"had",  u"has",   u"have", u"he",   u"her",  u"his",
              u"how",  u"i",     u"if",    u"in",    u"into",  u"is",    u"it",   u"its",  u"may",   u"more", u"most", u"no",   u"not",
              u"of",   u"on",    u"one",   u"only",  u"or",    u"other", u"our",  u"she",  u"so",    u"some", u"such", u"than", u"that",
              u"the",  u"their", u"them",  u"then",  u"there", u"these", u"they", u"this", u"those", u"to",   u"was",  u"we",   u"were",
              u"what", u"when",  u"where", u"which", u"while", u"who",   u"will", u"with", u"would", u"you",  u"your"})
            set.insert(QString::fromUtf16(w));
        return set;
    }();
    return words.contains(word.toLower());
}

bool isPlainWord(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

} // namespace

SearchQuery::SearchQuery(const QString &text, bool prefixLastWord)
{
    const QString input = sanitized(text);
    m_titleKey = normalizedTitle(input);

    struct Token
    {
        Term term;
        bool isOr = false;
    };
    QVector<Token> tokens;
    const qsizetype n = input.size();
    for (qsizetype i = 0; i < n;) {
        if (input.at(i) == u' ') {
            ++i;
            continue;
        }
        Term term;
        if (input.at(i) == u'-' && i + 1 < n && input.at(i + 1) != u' ') {
            term.excluded = true;
            ++i;
        }
        if (input.at(i) == u'"') {
            const qsizetype close = input.indexOf(u'"', i + 1);
            if (close > i) {
                term.text = truncated(input.mid(i + 1, close - i - 1).simplified(), MaxPhraseLength);
                term.phrase = true;
                tokens.push_back({term});
                i = close + 1;
                continue;
            }
            ++i; // A quote without a partner is ignored; what follows it is read as words.
            if (i >= n || input.at(i) == u' ')
                continue;
        }
        qsizetype end = i;
        while (end < n && input.at(end) != u' ')
            ++end;
        term.text = truncated(input.mid(i, end - i), MaxWordLength);
        i = end;
        if (!term.excluded && term.text == u"OR")
            tokens.push_back({{}, true});
        else
            tokens.push_back({term});
    }

    // Only a word the user is still typing is a prefix: not a phrase, not after a space, not
    // after a symbol ("c++" is typed whole; its word is "c", not every word starting with c).
    if (prefixLastWord && !tokens.isEmpty() && !input.isEmpty() && input.back().isLetterOrNumber()) {
        Term &last = tokens.last().term;
        last.prefix = !tokens.last().isOr && !last.phrase && !last.excluded && last.text.size() >= MinPrefixLength;
    }

    for (Token &token : tokens) {
        if (!token.isOr && !token.term.phrase && !isPlainWord(token.term.text))
            token.term.code = CodeTokens::inQuery(token.term.text);
    }
    // Terms the tokenizer would see as empty ("...", "*", "^") are dropped before OR is
    // resolved: "a OR ! b" means what it looks like, a OR b. Code ("?") stays.
    tokens.erase(std::remove_if(tokens.begin(), tokens.end(),
                                [](const Token &t) { return !t.isOr && !hasLetterOrDigit(t.term.text) && t.term.code.isEmpty(); }),
                 tokens.end());
    const auto positive
        = [&](qsizetype at) { return at >= 0 && at < tokens.size() && !tokens.at(at).isOr && !tokens.at(at).term.excluded; };
    for (qsizetype k = 0; k < tokens.size(); ++k) {
        if (tokens.at(k).isOr && positive(k - 1) && positive(k + 1))
            tokens[k - 1].term.orWithNext = true;
    }
    // A repeated word ("the the the") adds nothing to an AND but multiplies the cost of ranking
    // and snippets, so a term that stands alone is kept once.
    const auto alone
        = [](const QVector<Term> &terms, qsizetype at) { return !terms.at(at).orWithNext && (at == 0 || !terms.at(at - 1).orWithNext); };
    for (const Token &token : std::as_const(tokens)) {
        if (token.isOr || m_terms.size() >= MaxTerms)
            continue;
        m_terms.push_back(token.term);
        const qsizetype last = m_terms.size() - 1;
        for (qsizetype k = 0; k < last && alone(m_terms, last) && !token.term.orWithNext; ++k) {
            const Term &earlier = m_terms.at(k);
            if (alone(m_terms, k) && earlier.excluded == token.term.excluded && earlier.phrase == token.term.phrase
                && earlier.prefix == token.term.prefix && earlier.text.compare(token.term.text, Qt::CaseInsensitive) == 0) {
                m_terms.removeLast();
                break;
            }
        }
    }
    if (!m_terms.isEmpty())
        m_terms.last().orWithNext = false;

    // Stop words go when another word remains to look for, as in web search; alone ("the"), in a
    // phrase, in an OR or while being typed they are searched for like any word.
    const auto stop = [&](qsizetype at) {
        const Term &term = m_terms.at(at);
        return !term.excluded && !term.phrase && !term.prefix && alone(m_terms, at) && isStopWord(term.text);
    };
    bool otherWords = false;
    for (qsizetype k = 0; k < m_terms.size(); ++k)
        otherWords = otherWords || (!m_terms.at(k).excluded && !stop(k));
    for (qsizetype k = m_terms.size() - 1; otherWords && k >= 0; --k) {
        if (stop(k))
            m_terms.removeAt(k);
    }

    const bool anyPositive = std::any_of(m_terms.cbegin(), m_terms.cend(), [](const Term &t) { return !t.excluded; });
    m_problem = anyPositive ? Problem::None : m_terms.isEmpty() ? Problem::Empty : Problem::OnlyExclusions;
}

QString SearchQuery::prefixWord() const
{
    if (m_terms.isEmpty() || !m_terms.last().prefix)
        return {};
    const QString &word = m_terms.last().text;
    return isPlainWord(word) ? word.toLower() : QString();
}

QString SearchQuery::render(const Term &term, const QStringList &completions) const
{
    QStringList alternatives;
    if (hasLetterOrDigit(term.text))
        alternatives.push_back(renderWords(term, completions));
    if (!term.phrase && !term.prefix && isPlainWord(term.text))
        alternatives.push_back(quoted(ExactForms::marked(term.text)));
    if (!term.code.isEmpty()) {
        QStringList code;
        for (const QString &token : term.code)
            code.push_back(quoted(token));
        alternatives.push_back(QStringLiteral("code : (") + code.join(u' ') + u')');
    }
    return alternatives.size() == 1 ? alternatives.first() : u'(' + alternatives.join(u" OR ") + u')';
}

QString SearchQuery::renderWords(const Term &term, const QStringList &completions) const
{
    if (!term.prefix)
        return quoted(term.text);
    if (completions.isEmpty())
        return quoted(term.text) + u'*';
    // Whole words instead of FTS5's prefix query: "grou"* would merge the lists of every word
    // starting so, and the stemmer would cut "runni" to a prefix of nothing stored. The typed
    // word itself is one of them: the vocabulary leaves out short words.
    QStringList alternatives{quoted(term.text)};
    for (const QString &completion : completions) {
        if (hasLetterOrDigit(completion) && completion.compare(term.text, Qt::CaseInsensitive) != 0)
            alternatives.push_back(quoted(truncated(completion, MaxWordLength)));
    }
    return alternatives.size() == 1 ? alternatives.first() : u'(' + alternatives.join(u" OR ") + u')';
}

QString SearchQuery::matchExpression(const QStringList &prefixCompletions, const QString &columnFilter) const
{
    // FTS5 binds AND tighter than OR; users expect "a b OR c" to mean a AND (b OR c), as in
    // web search, so every alternative is parenthesised explicitly.
    QStringList groups;
    QStringList alternatives;
    QStringList excluded;
    for (const Term &term : m_terms) {
        if (term.excluded) {
            excluded.push_back(quoted(term.text));
            continue;
        }
        alternatives.push_back(render(term, prefixCompletions));
        if (!term.orWithNext) {
            groups.push_back(alternatives.size() == 1 ? alternatives.first() : u'(' + alternatives.join(u" OR ") + u')');
            alternatives.clear();
        }
    }
    if (groups.isEmpty())
        return {};
    QString expression = groups.join(u" AND ");
    if (!columnFilter.isEmpty())
        expression = columnFilter + QStringLiteral(" : (") + expression + u')';
    if (!excluded.isEmpty())
        expression = u'(' + expression + u") NOT (" + excluded.join(u" OR ") + u')';
    return expression;
}

bool SearchQuery::wordsAndExclusions(QStringList *words, QString *excluded) const
{
    QStringList out;
    for (const Term &term : m_terms) {
        if (term.orWithNext || (term.phrase && !term.excluded))
            return false;
        if (term.excluded)
            out.push_back(quoted(term.text));
        else if (hasLetterOrDigit(term.text))
            words->push_back(term.text);
    }
    *excluded = out.isEmpty() ? QString() : u'(' + out.join(u" OR ") + u')';
    return true;
}

QString SearchQuery::phraseExpression() const
{
    QStringList words;
    QString excluded;
    if (!wordsAndExclusions(&words, &excluded) || words.size() < 2)
        return {};
    const QString phrase = quoted(words.join(u' '));
    return excluded.isEmpty() ? phrase : u'(' + phrase + u") NOT " + excluded;
}

QStringList SearchQuery::steps(const QStringList &prefixCompletions) const
{
    // Each step also holds the whole expression, which matches no more pages but lets bm25
    // weigh every word, exact forms included, within the step.
    const QString all = matchExpression(prefixCompletions);
    QStringList steps;
    if (const QString phrase = phraseExpression(); !phrase.isEmpty())
        steps.push_back(u'(' + phrase + QStringLiteral(") AND ") + all);
    if (!m_terms.isEmpty() && m_terms.last().prefix) {
        SearchQuery whole = *this;
        whole.m_terms.last().prefix = false;
        steps.push_back(whole.matchExpression());
    }
    steps.push_back(all);
    return steps;
}

QStringList SearchQuery::highlightTerms() const
{
    QStringList terms;
    for (const Term &term : m_terms) {
        if (!term.excluded && !terms.contains(term.text, Qt::CaseInsensitive))
            terms.push_back(term.text);
    }
    return terms;
}

QString SearchQuery::normalizedTitle(const QString &title)
{
    QString out;
    out.reserve(title.size());
    bool gap = false;
    for (const QChar c : title) {
        // Surrogates are kept: letters outside the BMP are letters too.
        if (c.isLetterOrNumber() || c.isSurrogate()) {
            if (gap && !out.isEmpty())
                out += u' ';
            out += c;
            gap = false;
        } else {
            gap = true;
        }
    }
    return out.toLower();
}

QString SearchQuery::quoted(const QString &text)
{
    return u'"' + QString(text).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

bool SearchQuery::hasLetterOrDigit(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, text.at(++i))))
                return true;
        } else if (c.isLetterOrNumber()) {
            return true;
        }
    }
    return false;
}
