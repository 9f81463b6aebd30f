// SPDX-License-Identifier: MIT
#include "searchresultmodel.h"

#include "itemroles.h"

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent) { }

void SearchResultModel::setResults(const QVector<SearchResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

const SearchResult *SearchResultModel::result(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ? &m_results.at(index.row()) : nullptr;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    const SearchResult *r = result(index);
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case ItemRole::Title: return r->title;
    case Qt::ToolTipRole:
    case ItemRole::Heading:
        // Results of several packs say where they come from.
        if (r->packTitle.isEmpty())
            return r->heading;
        return r->heading.isEmpty() ? r->packTitle : tr("%1 \u203a %2").arg(r->packTitle, r->heading);
    case ItemRole::PackRoot: return r->packRoot;
    case ItemRole::PackTitle: return r->packTitle;
    case ItemRole::SnippetHtml: return r->snippetHtml;
    case ItemRole::PageId: return r->pageId;
    case ItemRole::Anchor: return r->anchor;
    case ItemRole::HighlightTerms: return r->highlightTerms;
    default: return {};
    }
}
