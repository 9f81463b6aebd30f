// SPDX-License-Identifier: MIT
#pragma once

#include "search/searchresult.h"

#include <QAbstractListModel>

/// The results of the last search, one row per page, best first.
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    explicit SearchResultModel(QObject *parent = nullptr);

    void setResults(const QVector<SearchResult> &results);
    const SearchResult *result(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QVector<SearchResult> m_results;
};
