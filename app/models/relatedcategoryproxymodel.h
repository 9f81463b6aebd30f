// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

class Catalogue;

/// Shows the categories related to the chosen audience page, or all of them when the chosen
/// page has no relations (the overview, the root, nothing chosen).
class RelatedCategoryProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelatedCategoryProxyModel)

public:
    explicit RelatedCategoryProxyModel(const Catalogue &catalogue, QObject *parent = nullptr);

    void setAudience(const QString &pageId);
    QString audience() const { return m_audience; }
    /// Whether a filter is active (the chosen page has relations).
    bool isFiltering() const { return m_filtering; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const Catalogue &m_catalogue;
    QString m_audience;
    bool m_filtering = false;
    QSet<QString> m_related;
};
