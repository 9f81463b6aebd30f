// SPDX-License-Identifier: MIT
#include "figurecanvas.h"

#include "windowstyle.h"

#include <QEvent>
#include <QPainter>

#include <cmath>

namespace {
const QSizeF kFallbackSize(480, 320);
} // namespace

FigureCanvas::FigureCanvas(QWidget *parent, SvgRasterizer::Labels labels)
    : QWidget(parent), m_rasterizer(new SvgRasterizer(this)), m_labels(labels)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(m_rasterizer, &SvgRasterizer::loaded, this, [this](const QString &svgPath, bool valid) {
        if (svgPath != m_path)
            return; // an earlier figure, replaced before it finished loading
        updateGeometry(); // the height follows the figure's aspect ratio
        emit figureLoaded(valid);
    });
    connect(m_rasterizer, &SvgRasterizer::imageReady, this, &FigureCanvas::showImage);
}

void FigureCanvas::setFigure(const QString &svgPath)
{
    m_path = svgPath;
    m_image = QImage();
    m_requested = QSize();
    m_dark = WindowStyle::isDark(palette());
    m_rasterizer->load(svgPath, m_labels, m_dark);
    updateGeometry();
    update();
}

QString FigureCanvas::figurePath() const
{
    return m_path;
}

bool FigureCanvas::hasFigure() const
{
    return !m_rasterizer->viewBox().isEmpty();
}

QSize FigureCanvas::sizeHint() const
{
    // Layouts ask for this while the window is still being built, before the figure is
    // parsed; waiting then would undo the parse running in the background. heightForWidth()
    // gives the figure's real proportions once it is shown.
    return (kFallbackSize + QSizeF(2 * Margin, 2 * Margin)).toSize();
}

bool FigureCanvas::hasHeightForWidth() const
{
    return true;
}

int FigureCanvas::heightForWidth(int width) const
{
    const QRectF box = m_rasterizer->viewBox();
    const QSizeF natural = box.isEmpty() ? kFallbackSize : box.size();
    const qreal inner = qMax(0, width - 2 * Margin);
    return qRound(inner * natural.height() / natural.width()) + 2 * Margin;
}

QRectF FigureCanvas::figureRect() const
{
    const QRectF area = QRectF(rect()).adjusted(Margin, Margin, -Margin, -Margin);
    const QRectF box = m_rasterizer->viewBox();
    const QSizeF natural = box.isEmpty() ? kFallbackSize : box.size();
    QRectF target(QPointF(), natural.scaled(area.size(), Qt::KeepAspectRatio));
    target.moveCenter(area.center());
    // Whole device pixels, so the image is copied one to one rather than resampled.
    const qreal dpr = devicePixelRatioF();
    return QRectF(QPointF(std::round(target.left() * dpr), std::round(target.top() * dpr)) / dpr, QSizeF(pixelSize(target)) / dpr);
}

QRectF FigureCanvas::toWidget(const QRectF &viewBoxRect) const
{
    const QRectF box = m_rasterizer->viewBox();
    if (box.isEmpty())
        return {};
    const QRectF target = figureRect();
    const qreal sx = target.width() / box.width();
    const qreal sy = target.height() / box.height();
    return QRectF(target.left() + (viewBoxRect.left() - box.left()) * sx, target.top() + (viewBoxRect.top() - box.top()) * sy,
                  viewBoxRect.width() * sx, viewBoxRect.height() * sy);
}

QVector<FigureTile> FigureCanvas::tiles() const
{
    return m_rasterizer->tiles();
}

QSize FigureCanvas::pixelSize(const QRectF &rect) const
{
    return (rect.size() * devicePixelRatioF()).toSize();
}

void FigureCanvas::requestImage()
{
    const QSize pixels = pixelSize(figureRect());
    if (!hasFigure() || pixels.isEmpty() || pixels == m_requested)
        return;
    m_requested = pixels;
    m_request = m_rasterizer->requestImage(pixels);
}

void FigureCanvas::showImage(quint64 request, const QImage &image)
{
    if (request != m_request || image.cacheKey() == m_image.cacheKey())
        return; // overtaken by a newer size or figure, or already shown by paintEvent()
    m_image = image;
    update();
}

void FigureCanvas::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Light paper in a dark window would glare: the figure follows the palette.
    if (event->type() == QEvent::PaletteChange && WindowStyle::isDark(palette()) != m_dark && !m_path.isEmpty())
        setFigure(m_path);
}

void FigureCanvas::resizeEvent(QResizeEvent *event)
{
    // Start drawing the new size now: the rest of the window paints while the worker draws.
    requestImage();
    QWidget::resizeEvent(event);
}

void FigureCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (hasFigure()) {
        requestImage();
        if (m_image.isNull())
            m_image = m_rasterizer->waitForImage(); // never a blank first frame
        // A stale size is shown scaled until the new image arrives.
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(figureRect(), m_image);
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(Margin, Margin, -Margin, -Margin);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    painter.setPen(QPen(WindowStyle::mix(text, base, 0.6), 1.0, Qt::DashLine));
    painter.setBrush(WindowStyle::mix(base, pal.color(QPalette::Window), 0.5));
    painter.drawRoundedRect(frame.adjusted(0.5, 0.5, -0.5, -0.5), Radius, Radius);
    painter.setPen(WindowStyle::mix(text, base, 0.35));
    painter.drawText(frame, Qt::AlignCenter | Qt::TextWordWrap, tr("Figure not available"));
}
