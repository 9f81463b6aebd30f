// SPDX-License-Identifier: MIT
#include "figuredialog.h"

#include "figurecanvas.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

FigureDialog::FigureDialog(const QString &svgPath, const QString &caption, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("figureDialog"));
    setWindowTitle(tr("Figure — %1").arg(caption));
    setSizeGripEnabled(true);

    auto *canvas = new FigureCanvas(this);
    canvas->setFigure(svgPath);
    canvas->setObjectName(QStringLiteral("figureCanvas"));
    canvas->setAccessibleName(tr("Figure: %1").arg(caption));
    // Fills the dialog, whatever its proportions; the figure is fitted and centred inside.
    canvas->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    canvas->setMinimumSize(240, 160);

    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setObjectName(QStringLiteral("figureCaption"));
    captionLabel->setAlignment(Qt::AlignCenter);
    captionLabel->setWordWrap(true);
    captionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(canvas, 1);
    layout->addWidget(captionLabel);
    layout->addWidget(buttons);

    const QScreen *screen = parent ? parent->screen() : nullptr;
    if (screen)
        resize(screen->availableGeometry().size() * 0.85);
    else
        resize(1200, 800);
}
