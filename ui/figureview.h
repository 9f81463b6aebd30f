// SPDX-License-Identifier: MIT
#pragma once

#include "content/categoryentry.h"
#include "figurecanvas.h"
#include "tilelabel.h"

#include <QPointer>
#include <QSet>
#include <QString>
#include <QVector>

class FigureDialog;
class QToolButton;

/// The atlas figure in the window, as a map: each category's tile carries its name at a size
/// that can be read, lights up under the pointer with its summary as tooltip, and opens its
/// page when clicked or chosen with the arrow keys and Enter. The open category is marked and
/// those the chosen audience does not care about are dimmed, as in the grid. A button in the
/// corner, or a click beside the tiles, shows the figure large (FigureDialog).
class FigureView final : public FigureCanvas
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureView)

public:
    explicit FigureView(QWidget *parent = nullptr);

    void setFigure(const QString &svgPath, const QString &caption);
    /// The categories the tiles stand for: a tile belongs to the category whose page is named
    /// like it ("categories/audio" for the tile "audio").
    void setCategories(const QVector<CategoryEntry> &categories);
    /// Marks the tile of @p pageId as the open one; no tile is marked when it has none.
    void setOpenPage(const QString &pageId);
    /// Dims the tiles of @p pageIds; an empty set dims none.
    void setDimmedPages(const QSet<QString> &pageIds);

    // The tiles, numbered in the figure's order, for the accessibility layer and tests.
    int tileCount() const;
    CategoryEntry tileCategory(int tile) const;
    QRectF tileRect(int tile) const; ///< In the widget's coordinates
    TileLabel tileLabel(int tile) const;
    int tileAt(const QPointF &point) const; ///< -1 beside the tiles
    bool isDimmed(int tile) const;
    bool isOpen(int tile) const;
    int hoveredTile() const { return m_hovered; }
    int currentTile() const { return m_current; } ///< The one the arrow keys move
    void setCurrentTile(int tile);
    /// Opens the tile's category, as a click does.
    void activateTile(int tile);
    QToolButton *enlargeButton() const { return m_enlarge; }

signals:
    void categoryActivated(const QString &pageId);
    void enlargeRequested();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    struct Tile
    {
        FigureTile shape;
        CategoryEntry category;
    };

    /// Matches the drawing's tiles to the categories, when either changed (waits for the parse).
    void ensureTiles() const;
    void ensureLabels() const;
    void showLoaded(bool valid);
    void setHovered(int tile);
    void paintTile(QPainter &painter, int tile) const;
    void showTip(const QPoint &position, const QPoint &globalPosition);
    void placeEnlargeButton();
    void enlarge();

    QString m_caption;
    QVector<CategoryEntry> m_categories;
    QString m_openPage;
    QSet<QString> m_dimmed;
    mutable QVector<Tile> m_tiles;
    mutable bool m_tilesStale = true;
    mutable QVector<TileLabel> m_labels;
    mutable QSize m_labelsSize;
    int m_hovered = -1;
    int m_current = -1;
    int m_pressed = -2; ///< The tile pressed, -1 beside the tiles, -2 when no press
    QToolButton *m_enlarge;
    QPointer<FigureDialog> m_dialog;
};
