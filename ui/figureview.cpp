// SPDX-License-Identifier: MIT
#include "figureview.h"

#include "figuredialog.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

FigureView::FigureView(QWidget *parent)
    : FigureCanvas(parent)
{
    setObjectName(QStringLiteral("figureView"));
    setFocusPolicy(Qt::StrongFocus);
    connect(this, &FigureCanvas::figureLoaded, this, &FigureView::showLoaded);
    setFigure({}, {});
}

void FigureView::setFigure(const QString &svgPath, const QString &caption)
{
    m_caption = caption;
    FigureCanvas::setFigure(svgPath);
    setAccessibleName(caption.isEmpty() ? tr("Figure") : tr("Figure: %1").arg(caption));
    // Until the parse says what there is, promise nothing.
    unsetCursor();
    setToolTip(QString());
    setAccessibleDescription(QString());
}

void FigureView::showLoaded(bool valid)
{
    if (valid) {
        setCursor(Qt::PointingHandCursor);
        setToolTip(tr("Click to see the figure large"));
        setAccessibleDescription(tr("Press Enter or Space to see the figure large"));
    } else {
        // Nothing to enlarge, so the view must not promise it.
        unsetCursor();
        setToolTip(QString());
        setAccessibleDescription(tr("Figure not available"));
    }
}

void FigureView::paintEvent(QPaintEvent *event)
{
    FigureCanvas::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF ringRect = hasFigure() ? figureRect() : QRectF(rect()).adjusted(Margin, Margin, -Margin, -Margin);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
    painter.setBrush(Qt::NoBrush);
    const qreal out = Margin - 1.5;
    painter.drawRoundedRect(ringRect.adjusted(-out, -out, out, out), Radius + out, Radius + out);
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
    m_dialog = new FigureDialog(figurePath(), m_caption, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // open() rather than exec(): no nested event loop, and tests can inspect the dialog.
    m_dialog->open();
}
