// SPDX-License-Identifier: MIT
#include "tilenavigation.h"

#include <Qt>

#include <cmath>

int TileNavigation::next(const QVector<QRectF> &tiles, int from, int key)
{
    if (from < 0 || from >= tiles.size())
        return -1;
    const QPointF origin = tiles.at(from).center();
    const bool horizontal = key == Qt::Key_Left || key == Qt::Key_Right;
    const int sign = key == Qt::Key_Left || key == Qt::Key_Up ? -1 : 1;
    int best = -1;
    qreal bestScore = 0;
    for (int tile = 0; tile < tiles.size(); ++tile) {
        const QPointF delta = tiles.at(tile).center() - origin;
        const qreal along = sign * (horizontal ? delta.x() : delta.y());
        const qreal across = std::abs(horizontal ? delta.y() : delta.x());
        if (along < 1.0)
            continue;
        const qreal score = along + 2 * across;
        if (best < 0 || score < bestScore) {
            best = tile;
            bestScore = score;
        }
    }
    return best;
}
