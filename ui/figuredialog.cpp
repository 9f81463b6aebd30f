// SPDX-License-Identifier: MIT
#include "figuredialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QScreen>
#include <QSvgRenderer>
#include <QVBoxLayout>

FigureDialog::FigureDialog(const QString &svgPath, const QString &caption, QWidget *parent)
    : QDialog(parent),
      m_renderer(new QSvgRenderer(this)),
      m_canvas(new QWidget(this))
{
    setObjectName(QStringLiteral("figureDialog"));
    setWindowTitle(tr("Figure — %1").arg(caption));
    setSizeGripEnabled(true);

    if (QFile::exists(svgPath))
        m_renderer->load(svgPath);
    connect(m_renderer, &QSvgRenderer::repaintNeeded, m_canvas, qOverload<>(&QWidget::update));

    m_canvas->setObjectName(QStringLiteral("figureCanvas"));
    m_canvas->setAccessibleName(tr("Figure: %1").arg(caption));
    m_canvas->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_canvas->setMinimumSize(240, 160);

    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setObjectName(QStringLiteral("figureCaption"));
    captionLabel->setAlignment(Qt::AlignCenter);
    captionLabel->setWordWrap(true);
    captionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(captionLabel);
    layout->addWidget(buttons);

    const QScreen *screen = parent ? parent->screen() : nullptr;
    if (screen)
        resize(screen->availableGeometry().size() * 0.85);
    else
        resize(1200, 800);
}

void FigureDialog::paintEvent(QPaintEvent *event)
{
    QDialog::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = m_canvas->geometry();
    if (!m_renderer->isValid() || m_renderer->viewBoxF().isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter, tr("Figure not available"));
        return;
    }
    QRectF target(QPointF(), m_renderer->viewBoxF().size().scaled(area.size(), Qt::KeepAspectRatio));
    target.moveCenter(area.center());
    m_renderer->render(&painter, target);
}
