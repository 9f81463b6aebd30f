// SPDX-License-Identifier: MIT
#include "audiencematrixmodel.h"

#include "content/catalogue.h"
#include "itemroles.h"

#include <QCoreApplication>

namespace {
void collectAudiences(const Catalogue &catalogue, const TreeNode &node, QVector<const TreeNode *> *audiences)
{
    for (const auto &child : node.children) {
        if (child->anchor.isEmpty() && catalogue.hasRelations(child->pageId))
            audiences->push_back(child.get());
        collectAudiences(catalogue, *child, audiences);
    }
}

/// The sentence of \a text that holds \a linkText: the list item or line it was written in.
QString sentenceAround(const QString &text, const QString &linkText)
{
    const qsizetype at = text.indexOf(linkText);
    if (at < 0)
        return linkText;
    const qsizetype start = text.lastIndexOf(u'\n', at) + 1;
    const qsizetype end = text.indexOf(u'\n', at);
    return text.mid(start, end < 0 ? -1 : end - start).simplified();
}
} // namespace

AudienceMatrixModel::AudienceMatrixModel(const Catalogue &catalogue, QObject *parent) : QAbstractTableModel(parent), m_catalogue(catalogue)
{
    QVector<const TreeNode *> nodes;
    collectAudiences(catalogue, catalogue.tree(), &nodes);
    for (const TreeNode *node : std::as_const(nodes)) {
        Audience audience{node->pageId, node->title, {}};
        const ParsedPage page = catalogue.content(node->pageId);
        const QStringList related = catalogue.relatedCategories(node->pageId);
        for (const Reference &link : page.links) {
            const QString &target = link.target.pageId;
            if (related.contains(target) && !audience.reasons.contains(target))
                audience.reasons.insert(target, sentenceAround(page.plainText, link.text));
        }
        m_audiences.push_back(audience);
    }
}

int AudienceMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_audiences.size());
}

int AudienceMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_audiences.isEmpty() ? 0 : int(m_catalogue.categories().size());
}

QString AudienceMatrixModel::reason(int audience, int category) const
{
    if (audience < 0 || audience >= m_audiences.size() || category < 0 || category >= m_catalogue.categories().size())
        return {};
    return m_audiences.at(audience).reasons.value(m_catalogue.categories().at(category).pageId);
}

QVariant AudienceMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString why = reason(index.row(), index.column());
    const CategoryEntry &category = m_catalogue.categories().at(index.column());
    switch (role) {
    case Qt::DisplayRole: return why.isNull() ? QString() : QString(Mark);
    case Qt::ToolTipRole: return why.isNull() ? QVariant() : QVariant(why);
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case Qt::AccessibleTextRole:
        return why.isNull() ? tr("%1 and %2: not linked").arg(m_audiences.at(index.row()).title, category.title)
                            : tr("%1 and %2: %3").arg(m_audiences.at(index.row()).title, category.title, why);
    case ItemRole::PageId: return category.pageId;
    default: return {};
    }
}

QVariant AudienceMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ItemRole::PageId)
        return {};
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_audiences.size())
            return {};
        return role == ItemRole::PageId ? m_audiences.at(section).pageId : m_audiences.at(section).title;
    }
    if (section < 0 || section >= columnCount())
        return {};
    const CategoryEntry &category = m_catalogue.categories().at(section);
    return role == ItemRole::PageId ? category.pageId : category.title;
}

QString AudienceMatrixModel::text() const
{
    QString out;
    for (int row = 0; row < rowCount(); ++row) {
        QStringList linked;
        for (int column = 0; column < columnCount(); ++column) {
            if (isLinked(row, column))
                linked << m_catalogue.categories().at(column).title;
        }
        out += QStringLiteral("%1 (%2 of %3): %4\n")
                   .arg(m_audiences.at(row).title)
                   .arg(linked.size())
                   .arg(columnCount())
                   .arg(linked.join(QStringLiteral("; ")));
    }
    return out;
}
