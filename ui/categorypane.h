// SPDX-License-Identifier: MIT
#pragma once

#include <QSplitter>

class Catalogue;
class CategoryListModel;
class FigureView;
class QLabel;
class QListView;
class QMenu;
class RelatedCategoryProxyModel;

/// The centre of the window: the figure above the category grid, filtered to the categories
/// the chosen audience cares about.
class CategoryPane final : public QSplitter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryPane)

public:
    explicit CategoryPane(const Catalogue &catalogue, QWidget *parent = nullptr);

    /// Shows the categories related to \a pageId, or all when it has no relations.
    void setAudience(const QString &pageId);
    /// Selects the tile of \a pageId when it is shown, or clears the selection; never emits.
    void selectPage(const QString &pageId);

    FigureView *figure() const { return m_figure; }
    QListView *grid() const { return m_grid; }
    /// Opens View › Audiences × Categories for this atlas; its clicks open categories as the grid does.
    void showMatrix();
    /// Opens \a firstId and \a secondId side by side (CompareDialog).
    void showComparison(const QString &firstId, const QString &secondId);
    /// A tile's context menu: "Compare … With" every other category.
    QMenu *compareMenu(const QString &pageId);

signals:
    void categoryActivated(const QString &pageId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The grid's title, and the figure's dimmed tiles, after the audience filter changed.
    void showFiltered();
    /// As many columns as the smallest tile allows, the tiles sharing the width between them.
    void fitTiles();

    const Catalogue &m_catalogue;
    CategoryListModel *m_categories;
    RelatedCategoryProxyModel *m_related;
    FigureView *m_figure;
    QLabel *m_title;
    QListView *m_grid;
    QString m_lastTile; ///< The tile pressed last, which a Ctrl+click compares with.
};
