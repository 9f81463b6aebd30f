// SPDX-License-Identifier: MIT
#include "librarymodel.h"

#include "itemroles.h"
#include "library/library.h"

#include <QIcon>
#include <QLocale>

LibraryModel::LibraryModel(Library &library, QObject *parent) : QAbstractListModel(parent), m_library(library)
{
    // The list is short (packs a person keeps), so a reset is the simplest correct update.
    connect(&library, &Library::entriesChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_library.entries().size());
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LibraryEntry &entry = m_library.entries().at(index.row());
    switch (role) {
    case Qt::DisplayRole: return entry.missing ? tr("%1 (missing)").arg(entry.title) : entry.title;
    case Qt::ToolTipRole: {
        const QString folder = entry.root.startsWith(u':') ? tr("bundled with Rust Atlas") : entry.root;
        if (entry.missing)
            return tr("%1\nThe folder %2 cannot be found; remove it from the library or reconnect the drive.").arg(entry.title, folder);
        QString tip
            = tr("%1 \u2014 %2, %n page(s)\n%3", nullptr, entry.pageCount).arg(entry.title, PackKinds::displayName(entry.kind), folder);
        if (entry.lastOpened.isValid())
            tip += u'\n' + tr("Last opened %1").arg(QLocale().toString(entry.lastOpened.toLocalTime(), QLocale::ShortFormat));
        return tip;
    }
    case Qt::DecorationRole: return QIcon(iconPath(entry.kind));
    case ItemRole::IconPath: return iconPath(entry.kind);
    case ItemRole::Title: return entry.title;
    case ItemRole::PackRoot: return entry.root;
    case ItemRole::PackKindName: return PackKinds::id(entry.kind);
    case ItemRole::Missing: return entry.missing;
    case ItemRole::IsOpen: return m_library.pack(entry.root) != nullptr;
    default: return {};
    }
}

QString LibraryModel::iconPath(PackKind kind)
{
    // The application's own icon for the atlas; the others are drawn for the library list.
    return kind == PackKind::Atlas ? QStringLiteral(":/icons/rust-atlas.svg")
                                   : QStringLiteral(":/icons/pack-%1.svg")
                                         .arg(kind == PackKind::Book        ? QStringLiteral("book")
                                                  : kind == PackKind::Vault ? QStringLiteral("vault")
                                                                            : QStringLiteral("folder"));
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // A missing pack stays listed and selectable, so it can be removed; opening it says why not.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> LibraryModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(ItemRole::Title, "title");
    names.insert(ItemRole::PackRoot, "packRoot");
    names.insert(ItemRole::PackKindName, "kind");
    names.insert(ItemRole::Missing, "missing");
    names.insert(ItemRole::IsOpen, "isOpen");
    return names;
}

QModelIndex LibraryModel::indexForRoot(const QString &root) const
{
    const int row = m_library.indexOf(root);
    return row < 0 ? QModelIndex() : index(row);
}
