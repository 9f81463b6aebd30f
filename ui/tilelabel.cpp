// SPDX-License-Identifier: MIT
#include "tilelabel.h"

#include <QFontMetricsF>
#include <QPainter>

namespace {
// Words filled greedily into lines no wider than @p width; a word wider than that stays
// on a line of its own.
QStringList wrapWords(const QStringList &words, const QFontMetricsF &metrics, qreal width)
{
    QStringList lines;
    QString line;
    for (const QString &word : words) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (line.isEmpty() || metrics.horizontalAdvance(longer) <= width) {
            line = longer;
        } else {
            lines << line;
            line = word;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

bool fits(const QStringList &lines, const QFontMetricsF &metrics, const QSizeF &room)
{
    if (lines.size() * metrics.lineSpacing() > room.height() + 0.5)
        return false;
    for (const QString &line : lines) {
        if (metrics.horizontalAdvance(line) > room.width())
            return false;
    }
    return true;
}
} // namespace

TileLabel::TileLabel(const QString &text, QFont font, const QSizeF &room, int smallest, int largest)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    smallest = std::max(1, smallest);
    for (int pixels = std::max(largest, smallest); pixels >= smallest; --pixels) {
        font.setPixelSize(pixels);
        const QFontMetricsF metrics(font);
        const QStringList lines = wrapWords(words, metrics, room.width());
        if (fits(lines, metrics, room) || pixels == smallest) {
            m_font = font;
            m_lines = lines;
            break;
        }
    }
    // Not even the smallest size holds it: as many lines as there is room for, the last
    // one ending in "…". The whole name is in the tile's tooltip and accessible name.
    const QFontMetricsF metrics(m_font);
    const int roomLines = std::max(1, int((room.height() + 0.5) / metrics.lineSpacing()));
    if (m_lines.size() > roomLines) {
        const QString rest = m_lines.mid(roomLines - 1).join(QLatin1Char(' '));
        m_lines = m_lines.mid(0, roomLines - 1);
        m_lines << rest;
        m_shortened = true;
    }
    for (QString &line : m_lines) {
        const QString elided = metrics.elidedText(line, Qt::ElideRight, room.width());
        m_shortened = m_shortened || elided != line;
        line = elided;
    }
}

void TileLabel::draw(QPainter *painter, const QRectF &room) const
{
    painter->setFont(m_font);
    const QFontMetricsF metrics(m_font);
    const qreal height = m_lines.size() * metrics.lineSpacing();
    QRectF line(room.left(), room.center().y() - height / 2, room.width(), metrics.lineSpacing());
    for (const QString &text : m_lines) {
        painter->drawText(line, Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextSingleLine, text);
        line.translate(0, metrics.lineSpacing());
    }
}
