// SPDX-License-Identifier: MIT
#pragma once

#include "pack/packkind.h"

#include <QAbstractListModel>

class Library;

/// The library's packs as a list: title, kind, size and folder; a missing folder is marked and
/// cannot be chosen, only removed. Follows the library as it changes.
class LibraryModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)

public:
    explicit LibraryModel(Library &library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexForRoot(const QString &root) const;
    /// The list's icon for a kind of pack (a resource path).
    static QString iconPath(PackKind kind);

private:
    Library &m_library;
};
