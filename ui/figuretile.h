// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>
#include <QString>

/// A category's tile in the atlas figure, in the drawing's view box coordinates.
struct FigureTile
{
    QString slug; ///< The category's file name without extension ("audio")
    QRectF bounds; ///< The whole tile
    QRectF labelRoom; ///< Below the pictogram: where the window writes the category's name
};
