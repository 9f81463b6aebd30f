// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QSvgRenderer;
class QWidget;

/// The atlas figure large, fitted to the dialog, with its caption below.
class FigureDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureDialog)

public:
    FigureDialog(const QString &svgPath, const QString &caption, QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QSvgRenderer *m_renderer;
    // An empty widget reserving the layout space the figure is painted into.
    QWidget *m_canvas;
};
