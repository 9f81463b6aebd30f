// SPDX-License-Identifier: MIT
#include "resultrow.h"

#include "searchquery.h"

#include <QVariant>

const QString ResultRow::Select = QStringLiteral("SELECT fts.rowid, pages.id, fts.title, fts.outline,"
                                                 " snippet(fts, 2, char(2), char(3), '\u2026', 16), fts.body"
                                                 " FROM fts JOIN pages ON pages.docid = fts.rowid WHERE fts MATCH ?");

namespace {

constexpr int MaxHighlightTerms = 16;
constexpr QChar MatchStart(2);
constexpr QChar MatchEnd(3);

/// The marked snippet as HTML: escaped text, <b> around matches, one line.
QString snippetHtml(const QString &marked)
{
    QString html;
    QString run;
    bool bold = false;
    const auto flush = [&] {
        html += run.toHtmlEscaped();
        run.clear();
    };
    for (const QChar c : marked) {
        if (c == MatchStart || c == MatchEnd) {
            flush();
            if (bold != (c == MatchStart))
                html += bold ? QStringLiteral("</b>") : QStringLiteral("<b>");
            bold = c == MatchStart;
        } else {
            run += c.isSpace() ? QChar(u' ') : c;
        }
    }
    flush();
    if (bold)
        html += QStringLiteral("</b>");
    return html.simplified();
}

/// Where the first of \a forms occurs in \a text as whole words (any case), or -1.
qsizetype firstOccurrence(const QString &text, const QStringList &forms)
{
    const auto wordChar = [&text](qsizetype at) { return at >= 0 && at < text.size() && text.at(at).isLetterOrNumber(); };
    qsizetype first = -1;
    for (const QString &form : forms) {
        const qsizetype until = first < 0 ? text.size() : first;
        for (qsizetype at = text.indexOf(form, 0, Qt::CaseInsensitive); at >= 0 && at < until;
             at = text.indexOf(form, at + 1, Qt::CaseInsensitive)) {
            if (!wordChar(at - 1) && !wordChar(at + form.size())) {
                first = at;
                break;
            }
        }
    }
    return first;
}

} // namespace

/// A result from one row of SelectResults.
///
/// Its section is the last heading that starts before the first match in the page's text. The
/// matches are looked for as the forms the snippet marked (stemming included: "running" for
/// "run") and as the query's own words; highlight() would find every form, but it tokenizes the
/// whole page again and made searches twice as slow. A form seen neither in the snippet nor in
/// the query ("runs") can make the section a later one.
SearchResult ResultRow::read(const QSqlQuery &row, const QStringList &queryTerms, const QString &sectionKey)
{
    SearchResult result;
    result.pageId = row.value(1).toString();
    result.title = row.value(2).toString();
    const QString snippet = row.value(4).toString();
    result.snippetHtml = snippetHtml(snippet);

    for (qsizetype from = snippet.indexOf(MatchStart); from >= 0 && result.highlightTerms.size() < MaxHighlightTerms;
         from = snippet.indexOf(MatchStart, from + 1)) {
        const qsizetype to = snippet.indexOf(MatchEnd, from);
        if (to < 0)
            break;
        const QString form = snippet.mid(from + 1, to - from - 1);
        if (!form.trimmed().isEmpty() && !result.highlightTerms.contains(form, Qt::CaseInsensitive))
            result.highlightTerms.push_back(form);
    }
    for (const QString &term : queryTerms) {
        if (!result.highlightTerms.contains(term, Qt::CaseInsensitive))
            result.highlightTerms.push_back(term);
    }

    const QStringList outline = row.value(3).toString().split(u'\n', Qt::SkipEmptyParts);
    const qsizetype firstMatch = sectionKey.isEmpty() ? firstOccurrence(row.value(5).toString(), result.highlightTerms) : -1;
    for (const QString &line : outline) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() < 3)
            break;
        if (!sectionKey.isEmpty() && SearchQuery::normalizedTitle(fields.at(2)) == sectionKey) {
            result.anchor = fields.at(1);
            result.heading = fields.at(2);
            break;
        }
        if (firstMatch < 0 || fields.at(0).toLongLong() > firstMatch)
            continue;
        result.anchor = fields.at(1);
        result.heading = fields.at(2);
    }
    // Marked phrases keep the page's line breaks; the page view wants them as typed.
    for (QString &term : result.highlightTerms)
        term = term.simplified();
    return result;
}
