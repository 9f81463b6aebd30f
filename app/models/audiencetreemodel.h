// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QHash>

class Catalogue;
struct TreeNode;

/// The tree of a catalogue: an atlas's overview pages, audiences and their sections; a book's
/// chapters with their numbers; a folder's pages; a vault's tags.
/// Read-only; the catalogue must outlive the model.
class AudienceTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudienceTreeModel)

public:
    explicit AudienceTreeModel(const Catalogue &catalogue, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// A folder of 100,000 pages shows its children a batch at a time, as the view scrolls.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    static constexpr int FetchBatch = 1000;
    QHash<int, QByteArray> roleNames() const override;

    /// Shows \a catalogue's tree instead (another pack); it must outlive the model or be replaced.
    void setCatalogue(const Catalogue &catalogue);

    /// The first index showing \a pageId (and \a anchor, when given), or an invalid index. An
    /// item beyond what was fetched is fetched, with the rows before it.
    QModelIndex indexForPage(const QString &pageId, const QString &anchor = {});

private:
    const TreeNode *node(const QModelIndex &index) const;
    const TreeNode *find(const TreeNode &from, const QString &pageId, const QString &anchor) const;
    int shown(const TreeNode *node) const;
    QModelIndex indexOf(const TreeNode *node) const;

    const Catalogue *m_catalogue;
    QHash<const TreeNode *, int> m_shown; ///< Children fetched, where more than the first batch
};
