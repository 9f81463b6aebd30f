// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QRectF>
#include <QStringList>

class QPainter;

/// A name set inside a tile: as large as reads well, wrapped between words, and shortened
/// with "…" only when even the smallest legible size cannot hold it all.
class TileLabel
{
public:
    TileLabel() = default;
    /// Fits @p text into @p room with @p font at the largest pixel size from @p largest down
    /// to @p smallest that holds it whole.
    TileLabel(const QString &text, QFont font, const QSizeF &room, int smallest, int largest);

    int pixelSize() const { return m_font.pixelSize(); }
    QStringList lines() const { return m_lines; }
    bool isShortened() const { return m_shortened; }

    /// Draws the lines centred in @p room with the painter's pen.
    void draw(QPainter *painter, const QRectF &room) const;

private:
    QFont m_font;
    QStringList m_lines;
    bool m_shortened = false;
};
