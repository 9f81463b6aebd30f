// SPDX-License-Identifier: MIT
#include "searchresultmodel.h"

#include "itemroles.h"

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultModel::setResults(const QVector<SearchResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

const SearchResult *SearchResultModel::result(const QModelIndex &index) const
{
    return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
               ? &m_results.at(index.row())
               : nullptr;
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
    case ItemRole::Heading: return r->heading;
    case ItemRole::SnippetHtml: return r->snippetHtml;
    case ItemRole::PageId: return r->pageId;
    case ItemRole::Anchor: return r->anchor;
    case ItemRole::HighlightTerms: return r->highlightTerms;
    default: return {};
    }
}
