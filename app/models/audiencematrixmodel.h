// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

class Catalogue;

/// An atlas's audiences (rows) against its categories (columns): a mark where the audience's
/// page links the category, the sentence that does so as the tooltip, the category's page id in
/// ItemRole::PageId. Empty for packs that are not atlases.
class AudienceMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit AudienceMatrixModel(const Catalogue &catalogue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isLinked(int audience, int category) const { return !reason(audience, category).isNull(); }
    /// Why the audience's page links the category (its sentence), null when it does not.
    QString reason(int audience, int category) const;
    /// One line per audience: its title, then the titles of the categories it links.
    QString text() const;

    static constexpr QChar Mark = QChar(0x25CF); ///< ●

private:
    struct Audience
    {
        QString pageId;
        QString title;
        QHash<QString, QString> reasons; ///< category page id -> sentence
    };

    const Catalogue &m_catalogue;
    QVector<Audience> m_audiences;
};
