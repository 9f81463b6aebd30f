// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QString>
#include <QWidget>

class FigureDialog;
class QSvgRenderer;

/// The atlas figure, drawn as vector graphics fitted to the widget; activating it (click,
/// Enter or Space) opens a FigureDialog with the figure large.
class FigureView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureView)

public:
    explicit FigureView(QWidget *parent = nullptr);

    void setFigure(const QString &svgPath, const QString &caption);
    QString figurePath() const;
    bool hasFigure() const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

signals:
    void enlargeRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF figureRect() const;
    void enlarge();

    QSvgRenderer *m_renderer;
    QString m_path;
    QString m_caption;
    QPointer<FigureDialog> m_dialog;
    bool m_hasFigure = false;
    bool m_pressed = false;
};
