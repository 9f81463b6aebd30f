// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>
#include <QVector>

/// Moving between tiles laid out on a plane with the arrow keys.
namespace TileNavigation {
/// The tile an arrow @p key leads to from @p from: the nearest one in that direction, a tile
/// straight ahead before one off to the side; -1 when there is none.
int next(const QVector<QRectF> &tiles, int from, int key);
} // namespace TileNavigation
