// SPDX-License-Identifier: MIT
#include "codetokens.h"

namespace {

constexpr char16_t SymbolBase = 0xE000; ///< A symbol c is stored as U+E000 + c.

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

/// The end of the identifier starting at \a at, or \a at when there is none.
qsizetype identEnd(QStringView text, qsizetype at)
{
    if (at >= text.size() || !isIdentStart(text.at(at)))
        return at;
    qsizetype end = at + 1;
    while (end < text.size() && isIdentChar(text.at(end)))
        ++end;
    return end;
}

QChar charAt(QStringView text, qsizetype at)
{
    return at >= 0 && at < text.size() ? text.at(at) : QChar(u' ');
}

/// Where the '>' of a one-parameter list opening at \a open ("<T>", "<'a>", "<i32>") is, or 0.
qsizetype parameterEnd(QStringView text, qsizetype open)
{
    const qsizetype from = charAt(text, open + 1) == u'\'' ? open + 2 : open + 1;
    if (!charAt(text, from).isLetter())
        return 0;
    const qsizetype end = identEnd(text, from);
    return charAt(text, end) == u'>' ? end : 0;
}

} // namespace

QString CodeTokens::encoded(QStringView token)
{
    QString out;
    out.reserve(token.size());
    for (const QChar c : token) {
        if (c.isLetterOrNumber())
            out += c.toLower();
        else if (c.unicode() > 0x20 && c.unicode() < 0x7F)
            out += QChar(char16_t(SymbolBase + c.unicode()));
    }
    return out;
}

/// Calls \a take with each piece of code found in \a text, as written. A \a query may end
/// in code that a page would not ("println!").
template<typename Take>
void CodeTokens::scan(QStringView text, bool query, Take take)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        const QChar before = charAt(text, i - 1);
        const QChar after = charAt(text, i + 1);
        if (isIdentStart(c) && !isIdentChar(before)) {
            const qsizetype end = identEnd(text, i);
            const QChar next = charAt(text, end);
            if (next == u':' && charAt(text, end + 1) == u':') {
                // Each step of a path: "std::io", "io::Result" for std::io::Result.
                const qsizetype second = identEnd(text, end + 2);
                if (second > end + 2)
                    take(text.mid(i, second - i));
                else if (charAt(text, end + 2) == u'<')
                    take(QStringView(u"::<"));
            } else if (next == u'<') {
                take(text.mid(i, end + 1 - i)); // "Box<"
                if (const qsizetype close = parameterEnd(text, end); close > 0)
                    take(text.mid(i, close + 1 - i)); // "Box<T>", "Ref<'a>"
            } else if (next == u'!'
                       && (charAt(text, end + 1) == u'(' || charAt(text, end + 1) == u'[' || charAt(text, end + 1) == u'{'
                           || (query && end + 1 == n))) {
                take(text.mid(i, end + 1 - i)); // "println!"
            }
            i = end - 1;
        } else if (c == u'<' && parameterEnd(text, i) > 0) {
            take(text.mid(i, parameterEnd(text, i) + 1 - i)); // "<T>" alone
        } else if (c == u'&' && isIdentStart(after) && !isIdentChar(before)) {
            take(text.mid(i, identEnd(text, i + 1) - i)); // "&mut", "&str", "&self"
        } else if (c == u'\'' && isIdentStart(after) && !isIdentChar(before)) {
            const qsizetype end = identEnd(text, i + 1);
            if (charAt(text, end) != u'\'') // 'a' is a character literal
                take(text.mid(i, end - i));
        } else if (c == u'?') {
            // The try operator: after an expression, before what ends it; or named on its own.
            const bool afterExpression = before == u')' || before == u']' || isIdentChar(before) || before == u'?';
            const bool ending = QStringView(u";.),}?").contains(after) || i + 1 == n;
            const bool alone = before.isSpace() && after.isSpace();
            if ((afterExpression && ending) || alone || (query && n == 1))
                take(QStringView(u"?"));
        } else if (c == u'#' && (after == u'[' || (after == u'!' && charAt(text, i + 2) == u'['))) {
            const qsizetype from = after == u'[' ? i + 2 : i + 3;
            const qsizetype end = identEnd(text, from);
            if (end == from)
                continue;
            const QString name = text.mid(from, end - from).toString();
            take(QString(u"#[" + name)); // "#[derive", "#![no_std" alike
            // The items of #[derive(Debug, Clone)]: "derive(Debug)", "derive(Clone)".
            if (charAt(text, end) != u'(')
                continue;
            for (qsizetype at = end + 1; at < n && text.at(at) != u')' && text.at(at) != u']';) {
                const qsizetype item = identEnd(text, at);
                if (item > at) {
                    take(QString(name + u'(' + text.mid(at, item - at) + u')'));
                    at = item;
                } else {
                    ++at;
                }
            }
        } else if ((c == u'-' || c == u'=') && after == u'>') {
            take(text.mid(i, 2)); // "->", "=>"
        }
    }
}

QString CodeTokens::of(QStringView text)
{
    QString out;
    scan(text, false, [&out](QStringView token) {
        out += encoded(token);
        out += u' ';
    });
    if (!out.isEmpty())
        out.chop(1);
    return out;
}

QStringList CodeTokens::inQuery(QStringView word)
{
    QStringList tokens;
    scan(word, true, [&tokens](QStringView token) {
        const QString word = encoded(token);
        if (!tokens.contains(word))
            tokens.push_back(word);
    });
    return tokens;
}
