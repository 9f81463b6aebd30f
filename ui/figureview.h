// SPDX-License-Identifier: MIT
#pragma once

#include "figurecanvas.h"

#include <QPointer>
#include <QString>

class FigureDialog;

/// The atlas figure in the window: a FigureCanvas that takes focus and, when activated (click,
/// Enter or Space), opens a FigureDialog with the figure large.
class FigureView final : public FigureCanvas
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureView)

public:
    explicit FigureView(QWidget *parent = nullptr);

    void setFigure(const QString &svgPath, const QString &caption);

signals:
    void enlargeRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showLoaded(bool valid);
    void enlarge();

    QString m_caption;
    QPointer<FigureDialog> m_dialog;
    bool m_pressed = false;
};
