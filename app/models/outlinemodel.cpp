// SPDX-License-Identifier: MIT
#include "outlinemodel.h"

#include "itemroles.h"

OutlineModel::OutlineModel(QObject *parent) : QAbstractListModel(parent) { }

void OutlineModel::setHeadings(const QVector<Heading> &headings)
{
    beginResetModel();
    m_headings.clear();
    // The level-1 heading is the page title, already shown in the window title.
    std::copy_if(headings.cbegin(), headings.cend(), std::back_inserter(m_headings),
                 [](const Heading &heading) { return heading.level > 1; });
    endResetModel();
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headings.size());
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Heading &heading = m_headings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Deeper headings are indented with en spaces, which screen readers skip.
        return QString(QString(2 * (heading.level - 2), QChar(0x2002)) + heading.text);
    case Qt::ToolTipRole: return tr("Jump to \u201c%1\u201d").arg(heading.text);
    case ItemRole::Title: return heading.text;
    case ItemRole::Anchor: return heading.anchor;
    case ItemRole::Level: return heading.level;
    default: return {};
    }
}

QModelIndex OutlineModel::indexForAnchor(const QString &anchor) const
{
    for (int row = 0; row < m_headings.size(); ++row) {
        if (m_headings.at(row).anchor == anchor)
            return index(row);
    }
    return {};
}
