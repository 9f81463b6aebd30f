// SPDX-License-Identifier: MIT
#include "figureview.h"

#include "figuredialog.h"
#include "svgrasterizer.h"
#include "windowstyle.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

namespace {
constexpr int kRingMargin = 4; // room for the focus ring around the figure
constexpr qreal kRadius = 6.0;
const QSizeF kFallbackSize(480, 320);
} // namespace

FigureView::FigureView(QWidget *parent)
    : QWidget(parent),
      m_rasterizer(new SvgRasterizer(this))
{
    setObjectName(QStringLiteral("figureView"));
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    connect(m_rasterizer, &SvgRasterizer::loaded, this, &FigureView::showLoaded);
    connect(m_rasterizer, &SvgRasterizer::imageReady, this, &FigureView::showImage);
    setFigure({}, {});
}

void FigureView::setFigure(const QString &svgPath, const QString &caption)
{
    m_path = svgPath;
    m_caption = caption;
    m_image = QImage();
    m_requested = QSize();
    m_rasterizer->load(svgPath);
    setAccessibleName(caption.isEmpty() ? tr("Figure") : tr("Figure: %1").arg(caption));
    // Until the parse says what there is, promise nothing.
    unsetCursor();
    setToolTip(QString());
    setAccessibleDescription(QString());
    updateGeometry();
    update();
}

void FigureView::showLoaded(const QString &svgPath, bool valid)
{
    if (svgPath != m_path)
        return; // an earlier figure, replaced before it finished loading
    if (valid) {
        setCursor(Qt::PointingHandCursor);
        setToolTip(tr("Click to see the figure large"));
        setAccessibleDescription(tr("Press Enter or Space to see the figure large"));
        updateGeometry(); // the height follows the figure's aspect ratio
    } else {
        // Nothing to enlarge, so the view must not promise it.
        unsetCursor();
        setToolTip(QString());
        setAccessibleDescription(tr("Figure not available"));
    }
}

QString FigureView::figurePath() const
{
    return m_path;
}

bool FigureView::hasFigure() const
{
    return !m_rasterizer->viewBox().isEmpty();
}

QSize FigureView::sizeHint() const
{
    // Layouts ask for this while the window is still being built, before the figure is
    // parsed; waiting then would undo the parse running in the background. heightForWidth()
    // gives the figure's real proportions once it is shown.
    return (kFallbackSize + QSizeF(2 * kRingMargin, 2 * kRingMargin)).toSize();
}

bool FigureView::hasHeightForWidth() const
{
    return true;
}

int FigureView::heightForWidth(int width) const
{
    const QRectF box = m_rasterizer->viewBox();
    const QSizeF natural = box.isEmpty() ? kFallbackSize : box.size();
    const qreal inner = qMax(0, width - 2 * kRingMargin);
    return qRound(inner * natural.height() / natural.width()) + 2 * kRingMargin;
}

QRectF FigureView::figureRect() const
{
    const QRectF area = QRectF(rect()).adjusted(kRingMargin, kRingMargin, -kRingMargin, -kRingMargin);
    const QRectF box = m_rasterizer->viewBox();
    const QSizeF natural = box.isEmpty() ? kFallbackSize : box.size();
    QRectF target(QPointF(), natural.scaled(area.size(), Qt::KeepAspectRatio));
    target.moveCenter(area.center());
    // Whole device pixels, so the image is copied one to one rather than resampled.
    const qreal dpr = devicePixelRatioF();
    return QRectF(QPointF(std::round(target.left() * dpr), std::round(target.top() * dpr)) / dpr,
                  QSizeF(pixelSize(target)) / dpr);
}

QSize FigureView::pixelSize(const QRectF &rect) const
{
    return (rect.size() * devicePixelRatioF()).toSize();
}

void FigureView::requestImage()
{
    const QSize pixels = pixelSize(figureRect());
    if (!hasFigure() || pixels.isEmpty() || pixels == m_requested)
        return;
    m_requested = pixels;
    m_request = m_rasterizer->requestImage(pixels);
}

void FigureView::showImage(quint64 request, const QImage &image)
{
    if (request != m_request || image.cacheKey() == m_image.cacheKey())
        return; // overtaken by a newer size or figure, or already shown by paintEvent()
    m_image = image;
    update();
}

void FigureView::resizeEvent(QResizeEvent *event)
{
    // Start drawing the new size now: the rest of the window paints while the worker draws.
    requestImage();
    QWidget::resizeEvent(event);
}

void FigureView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF target = figureRect();

    if (hasFigure()) {
        requestImage();
        if (m_image.isNull())
            m_image = m_rasterizer->waitForImage(); // never a blank first frame
        // A stale size is shown scaled until the new image arrives.
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, m_image);
    } else {
        const QRectF frame = rect().adjusted(kRingMargin, kRingMargin, -kRingMargin, -kRingMargin);
        const QColor base = pal.color(QPalette::Base);
        const QColor text = pal.color(QPalette::Text);
        QPen pen(WindowStyle::mix(text, base, 0.6), 1.0, Qt::DashLine);
        painter.setPen(pen);
        painter.setBrush(WindowStyle::mix(base, pal.color(QPalette::Window), 0.5));
        painter.drawRoundedRect(frame.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
        painter.setPen(WindowStyle::mix(text, base, 0.35));
        painter.drawText(frame, Qt::AlignCenter | Qt::TextWordWrap, tr("Figure not available"));
    }

    if (hasFocus()) {
        const QRectF ringRect = hasFigure()
            ? target
            : QRectF(rect()).adjusted(kRingMargin, kRingMargin, -kRingMargin, -kRingMargin);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2.0));
        painter.setBrush(Qt::NoBrush);
        const qreal out = kRingMargin - 1.5;
        painter.drawRoundedRect(ringRect.adjusted(-out, -out, out, out), kRadius + out, kRadius + out);
    }
}

void FigureView::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton;
    QWidget::mousePressEvent(event);
}

void FigureView::mouseReleaseEvent(QMouseEvent *event)
{
    // Like a button: dragging out before releasing cancels.
    const bool activate = m_pressed && event->button() == Qt::LeftButton
        && rect().contains(event->position().toPoint());
    m_pressed = false;
    if (activate)
        enlarge();
    else
        QWidget::mouseReleaseEvent(event);
}

void FigureView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (hasFigure()) {
            enlarge();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void FigureView::enlarge()
{
    if (!hasFigure())
        return;
    emit enlargeRequested();
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new FigureDialog(m_path, m_caption, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // open() rather than exec(): no nested event loop, and tests can inspect the dialog.
    m_dialog->open();
}
