// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QSizeF>

class QSvgRenderer;

/// The one place the window turns a vector drawing into pixels: the category tiles' icons, the
/// images of a page, the tool bar's tinted icons and, on its worker, the figure (SvgRasterizer).
/// A QImage, not a QPixmap, so that it may be drawn on any thread.
namespace SvgImage {

/// \a renderer's whole drawing, stretched to \a logical (device-independent pixels) and drawn at
/// \a ratio device pixels to each, anti-aliased on a transparent ground; null when \a renderer
/// is not valid or the size is empty.
QImage draw(QSvgRenderer &renderer, const QSizeF &logical, qreal ratio = 1.0);

} // namespace SvgImage
