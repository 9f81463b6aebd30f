// SPDX-License-Identifier: MIT
#include "categorylistmodel.h"

#include "content/catalogue.h"
#include "itemroles.h"

CategoryListModel::CategoryListModel(const Catalogue &catalogue, QObject *parent) : QAbstractListModel(parent), m_catalogue(catalogue) { }

int CategoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_catalogue.categories().size());
}

QVariant CategoryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CategoryEntry &category = m_catalogue.categories().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ItemRole::Title: return category.title;
    case Qt::ToolTipRole: return QStringLiteral("<b>%1</b><br>%2").arg(category.title.toHtmlEscaped(), category.summary.toHtmlEscaped());
    case ItemRole::Summary: return category.summary;
    case ItemRole::PageId: return category.pageId;
    case ItemRole::IconPath: return category.iconPath;
    default: return {};
    }
}

QHash<int, QByteArray> CategoryListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ItemRole::PageId, "pageId");
    names.insert(ItemRole::Title, "title");
    names.insert(ItemRole::Summary, "summary");
    names.insert(ItemRole::IconPath, "iconPath");
    return names;
}

QModelIndex CategoryListModel::indexForPage(const QString &pageId) const
{
    const auto &categories = m_catalogue.categories();
    for (int row = 0; row < categories.size(); ++row) {
        if (categories.at(row).pageId == pageId)
            return index(row);
    }
    return {};
}
