// SPDX-License-Identifier: MIT
#include "relatedcategoryproxymodel.h"

#include "content/catalogue.h"
#include "itemroles.h"

RelatedCategoryProxyModel::RelatedCategoryProxyModel(const Catalogue &catalogue, QObject *parent)
    : QSortFilterProxyModel(parent), m_catalogue(catalogue)
{ }

void RelatedCategoryProxyModel::setAudience(const QString &pageId)
{
    if (pageId == m_audience)
        return;
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() is the supported way to refilter.
    m_audience = pageId;
    m_filtering = m_catalogue.hasRelations(pageId);
    const QStringList related = m_catalogue.relatedCategories(pageId);
    m_related = QSet<QString>(related.cbegin(), related.cend());
    invalidateFilter();
}

bool RelatedCategoryProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_filtering)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_related.contains(index.data(ItemRole::PageId).toString());
}
