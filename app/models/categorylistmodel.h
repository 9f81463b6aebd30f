// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>

class Catalogue;

/// The categories of a catalogue, one row per tile. Read-only; the catalogue must outlive it.
class CategoryListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryListModel)

public:
    explicit CategoryListModel(const Catalogue &catalogue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexForPage(const QString &pageId) const;

private:
    const Catalogue &m_catalogue;
};
