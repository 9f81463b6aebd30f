// SPDX-License-Identifier: MIT
#pragma once

#include "markdown/parsedpage.h"

#include <QAbstractListModel>

/// The headings of the current page below its title, for jumping within long pages.
class OutlineModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineModel)

public:
    explicit OutlineModel(QObject *parent = nullptr);

    void setHeadings(const QVector<Heading> &headings);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QModelIndex indexForAnchor(const QString &anchor) const;

private:
    QVector<Heading> m_headings;
};
