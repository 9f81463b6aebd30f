// SPDX-License-Identifier: MIT
#include "figureview.h"

#include "figuredialog.h"
#include "windowstyle.h"

#include <QFile>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSvgRenderer>

namespace {
constexpr int kRingMargin = 4; // room for the focus ring around the figure
constexpr qreal kRadius = 6.0;
const QSizeF kFallbackSize(480, 320);
} // namespace

FigureView::FigureView(QWidget *parent)
    : QWidget(parent),
      m_renderer(new QSvgRenderer(this))
{
    setObjectName(QStringLiteral("figureView"));
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    // Animated SVGs ask for repaints; static ones never emit this.
    connect(m_renderer, &QSvgRenderer::repaintNeeded, this, qOverload<>(&QWidget::update));
    setFigure({}, {});
}

void FigureView::setFigure(const QString &svgPath, const QString &caption)
{
    m_path = svgPath;
    m_caption = caption;
    // QtSvg warns on missing files; a missing figure is an expected state here, not an error.
    m_hasFigure = !svgPath.isEmpty() && QFile::exists(svgPath) && m_renderer->load(svgPath)
        && m_renderer->isValid() && !m_renderer->viewBoxF().isEmpty();

    setAccessibleName(caption.isEmpty() ? tr("Figure") : tr("Figure: %1").arg(caption));
    if (m_hasFigure) {
        setCursor(Qt::PointingHandCursor);
        setToolTip(tr("Click to see the figure large"));
        setAccessibleDescription(tr("Press Enter or Space to see the figure large"));
    } else {
        // Nothing to enlarge, so the view must not promise it.
        unsetCursor();
        setToolTip(QString());
        setAccessibleDescription(tr("Figure not available"));
    }
    updateGeometry();
    update();
}

QString FigureView::figurePath() const
{
    return m_path;
}

bool FigureView::hasFigure() const
{
    return m_hasFigure;
}

QSize FigureView::sizeHint() const
{
    return {480, heightForWidth(480)};
}

bool FigureView::hasHeightForWidth() const
{
    return true;
}

int FigureView::heightForWidth(int width) const
{
    const QSizeF natural = m_hasFigure ? m_renderer->viewBoxF().size() : kFallbackSize;
    const qreal inner = qMax(0, width - 2 * kRingMargin);
    return qRound(inner * natural.height() / natural.width()) + 2 * kRingMargin;
}

QRectF FigureView::figureRect() const
{
    const QRectF area = QRectF(rect()).adjusted(kRingMargin, kRingMargin, -kRingMargin, -kRingMargin);
    const QSizeF natural = m_hasFigure ? m_renderer->viewBoxF().size() : kFallbackSize;
    QRectF target(QPointF(), natural.scaled(area.size(), Qt::KeepAspectRatio));
    target.moveCenter(area.center());
    return target;
}

void FigureView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF target = figureRect();

    if (m_hasFigure) {
        m_renderer->render(&painter, target);
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
        const QRectF ringRect = m_hasFigure
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
        if (m_hasFigure) {
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
    if (!m_hasFigure)
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
