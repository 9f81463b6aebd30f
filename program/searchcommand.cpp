// SPDX-License-Identifier: MIT
#include "searchcommand.h"

#include "content/catalogue.h"
#include "library/librarysearch.h"
#include "markdown/htmlescape.h"
#include "search/searchindex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace {
/// Terminals have no bold that survives a pipe, so matches are marked with asterisks.
QString plainSnippet(const QString &html)
{
    QString marked = html;
    marked.replace(QStringLiteral("<b>"), QStringLiteral("\x01")).replace(QStringLiteral("</b>"), QStringLiteral("\x02"));
    return HtmlEscape::stripTags(marked).replace(u'\x01', u'*').replace(u'\x02', u'*');
}

QJsonObject toJson(const SearchResult &result, int rank)
{
    return {{QStringLiteral("rank"), rank},
            {QStringLiteral("pack"), result.packRoot},
            {QStringLiteral("pageId"), result.pageId},
            {QStringLiteral("title"), result.title},
            {QStringLiteral("heading"), result.heading},
            {QStringLiteral("anchor"), result.anchor},
            {QStringLiteral("snippet"), plainSnippet(result.snippetHtml)},
            {QStringLiteral("snippetHtml"), result.snippetHtml}};
}
} // namespace

int SearchCommand::run(const QVector<const Catalogue *> &catalogues, const QString &query, int limit, bool json, QTextStream &out,
                       QTextStream &err)
{
    std::vector<std::unique_ptr<SearchIndex>> indexes;
    QVector<SearchSource> sources;
    for (const Catalogue *catalogue : catalogues) {
        indexes.push_back(std::make_unique<SearchIndex>());
        indexes.back()->open(*catalogue, SearchIndex::cacheDirFor(*catalogue));
        sources.push_back({catalogue->layout().root, catalogue->title(), indexes.back().get()});
    }
    const SearchResults found = LibrarySearch::search(sources, query, SearchIndex::Matching::WholeWords, limit);
    const QVector<TitleSuggestion> &suggestions = found.suggestions;

    if (json) {
        QJsonArray results;
        for (int i = 0; i < found.results.size(); ++i)
            results.append(toJson(found.results.at(i), i + 1));
        QJsonArray suggested;
        for (const TitleSuggestion &suggestion : suggestions)
            suggested.append(QJsonObject{{QStringLiteral("pageId"), suggestion.pageId}, {QStringLiteral("title"), suggestion.title}});
        const QJsonObject document{{QStringLiteral("query"), query},
                                   {QStringLiteral("results"), results},
                                   {QStringLiteral("message"), found.message},
                                   {QStringLiteral("correctedQuery"), found.correctedText},
                                   {QStringLiteral("suggestions"), suggested}};
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else {
        if (!found.correctedText.isEmpty())
            err << QCoreApplication::translate("SearchCommand", "Showing results for \u201c%1\u201d").arg(found.correctedText) << Qt::endl;
        for (int i = 0; i < found.results.size(); ++i) {
            const SearchResult &result = found.results.at(i);
            const QString location = result.anchor.isEmpty() ? result.pageId : result.pageId + u'#' + result.anchor;
            // From several packs, each result says which one it comes from.
            const QString where = result.packTitle.isEmpty() ? location : result.packTitle + QStringLiteral(" \u203a ") + location;
            out << i + 1 << ". " << result.title << "  [" << where << "]\n";
            if (!result.heading.isEmpty() && result.heading != result.title)
                out << "   \u00a7 " << result.heading << '\n';
            out << "   " << plainSnippet(result.snippetHtml) << '\n';
        }
    }
    if (!found.results.isEmpty())
        return 0;
    err << (found.message.isEmpty() ? QCoreApplication::translate("SearchCommand", "No results for \u201c%1\u201d.").arg(query)
                                    : found.message);
    if (!suggestions.isEmpty()) {
        QStringList titles;
        for (const TitleSuggestion &suggestion : suggestions)
            titles << suggestion.title;
        err << ' ' << QCoreApplication::translate("SearchCommand", "Did you mean: %1?").arg(titles.join(QStringLiteral(", ")));
    }
    err << Qt::endl;
    return 1;
}
