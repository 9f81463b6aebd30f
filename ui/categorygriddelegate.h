// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QStyledItemDelegate>

/// Paints a category as a card for a QListView in IconMode: icon, bold title (two lines at
/// most) and a one-line summary, read from the ItemRole roles.
class CategoryGridDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryGridDelegate)

public:
    explicit CategoryGridDelegate(QObject *parent = nullptr);

    /// Fixed tile size in logical pixels; the view's gridSize is this plus its spacing.
    /// The smallest tile; tiles grow to fill the grid's cells, less GridSpacing.
    static QSize tileSize();
    static constexpr int GridSpacing = 8;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// Starts drawing the icons at @p iconPaths on a worker thread, for a screen of
    /// @p devicePixelRatio, so that the first paint finds them ready; returns that work.
    QFuture<void> preloadIcons(const QStringList &iconPaths, qreal devicePixelRatio);

private:
    QPixmap iconPixmap(const QString &path, int side, qreal dpr) const;

    // Rasterising SVG on every paint would make scrolling stutter; a null pixmap marks a path
    // that failed, so it is not retried on each repaint.
    mutable QHash<QString, QPixmap> m_iconCache;
    mutable QFuture<QHash<QString, QImage>> m_preloaded;
};
