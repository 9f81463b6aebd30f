// SPDX-License-Identifier: MIT
#include "svgimage.h"

#include <QPainter>
#include <QSvgRenderer>

QImage SvgImage::draw(QSvgRenderer &renderer, const QSizeF &logical, qreal ratio)
{
    const QSize pixels = (logical * ratio).toSize();
    if (!renderer.isValid() || pixels.isEmpty())
        return {};
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) // more than the allocator would give
        return {};
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(QPointF(), QSizeF(pixels)));
    painter.end();
    image.setDevicePixelRatio(ratio);
    return image;
}
