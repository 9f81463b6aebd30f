// SPDX-License-Identifier: MIT
#include "audiencetreemodel.h"

#include "content/catalogue.h"
#include "itemroles.h"

AudienceTreeModel::AudienceTreeModel(const Catalogue &catalogue, QObject *parent) : QAbstractItemModel(parent), m_catalogue(&catalogue) { }

void AudienceTreeModel::setCatalogue(const Catalogue &catalogue)
{
    beginResetModel();
    m_catalogue = &catalogue;
    m_shown.clear();
    endResetModel();
}

const TreeNode *AudienceTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const TreeNode *>(index.internalPointer()) : &m_catalogue->tree();
}

QModelIndex AudienceTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const TreeNode *child = node(parent)->children.at(size_t(row)).get();
    return createIndex(row, column, const_cast<TreeNode *>(child));
}

QModelIndex AudienceTreeModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexOf(node(child)->parent) : QModelIndex();
}

int AudienceTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return shown(node(parent));
}

int AudienceTreeModel::shown(const TreeNode *n) const
{
    return m_shown.value(n, std::min(int(n->children.size()), FetchBatch));
}

bool AudienceTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const TreeNode *n = node(parent);
    return shown(n) < int(n->children.size());
}

void AudienceTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const TreeNode *n = node(parent);
    const int from = shown(n);
    const int to = std::min(int(n->children.size()), from + FetchBatch);
    beginInsertRows(parent, from, to - 1);
    m_shown.insert(n, to);
    endInsertRows();
}

int AudienceTreeModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return 1;
}

QVariant AudienceTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TreeNode *n = node(index);
    switch (role) {
    case Qt::DisplayRole: return n->number.isEmpty() ? n->title : tr("%1. %2").arg(n->number, n->title);
    case ItemRole::Title: return n->title;
    case Qt::ToolTipRole:
        if (n->pageId.isEmpty())
            return n->enabled && !n->children.empty() ? n->title : QVariant();
        return n->anchor.isEmpty() ? tr("Open the page \u201c%1\u201d").arg(n->title)
                                   : tr("Jump to the section \u201c%1\u201d").arg(n->title);
    case ItemRole::PageId: return n->pageId;
    case ItemRole::Anchor: return n->anchor;
    default: return {};
    }
}

Qt::ItemFlags AudienceTreeModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    const TreeNode *n = node(index);
    if (!n->enabled)
        return Qt::NoItemFlags; // a draft chapter or a separator: shown, greyed out
    // Parts, tags and folders without an index page group others but open nothing.
    return n->pageId.isEmpty() ? Qt::ItemIsEnabled : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QHash<int, QByteArray> AudienceTreeModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(ItemRole::PageId, "pageId");
    names.insert(ItemRole::Anchor, "anchor");
    names.insert(ItemRole::Title, "title");
    return names;
}

QModelIndex AudienceTreeModel::indexForPage(const QString &pageId, const QString &anchor)
{
    const TreeNode *found = find(m_catalogue->tree(), pageId, anchor);
    if (!found)
        return {};
    // Every ancestor shows rows up to the one that leads to the item.
    QVector<const TreeNode *> path;
    for (const TreeNode *n = found; n && n != &m_catalogue->tree(); n = n->parent)
        path.prepend(n);
    for (const TreeNode *n : std::as_const(path)) {
        const QModelIndex parent = indexOf(n->parent);
        while (shown(n->parent) <= n->row)
            fetchMore(parent);
    }
    return indexOf(found);
}

QModelIndex AudienceTreeModel::indexOf(const TreeNode *n) const
{
    if (!n || n == &m_catalogue->tree())
        return {};
    return createIndex(n->row, 0, const_cast<TreeNode *>(n));
}

const TreeNode *AudienceTreeModel::find(const TreeNode &from, const QString &pageId, const QString &anchor) const
{
    for (const auto &child : from.children) {
        if (child->pageId == pageId && child->anchor == anchor)
            return child.get();
        if (const TreeNode *found = find(*child, pageId, anchor))
            return found;
    }
    return nullptr;
}
