// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QPointer>
#include <QString>
#include <QWidget>

class FigureDialog;
class SvgRasterizer;

/// The atlas figure, drawn from its vector graphics at the widget's exact pixel size; activating
/// it (click, Enter or Space) opens a FigureDialog with the figure large. Parsing and drawing
/// run on a worker thread: while a new size is being drawn, the last image is shown scaled.
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
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF figureRect() const;
    QSize pixelSize(const QRectF &rect) const;
    void requestImage();
    void showLoaded(const QString &svgPath, bool valid);
    void showImage(quint64 request, const QImage &image);
    void enlarge();

    SvgRasterizer *m_rasterizer;
    QString m_path;
    QString m_caption;
    QImage m_image;
    QSize m_requested;
    quint64 m_request = 0;
    QPointer<FigureDialog> m_dialog;
    bool m_pressed = false;
};
