// SPDX-License-Identifier: MIT
#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

class SvgRasterizer;

/// An SVG figure drawn at the widget's exact pixel size, fitted and centred, or a placeholder
/// when there is none. Parsing and drawing run on a worker thread (SvgRasterizer): while a new
/// size is being drawn the last image is shown scaled, and the first frame waits for its image,
/// so the canvas is never blank.
class FigureCanvas : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureCanvas)

public:
    explicit FigureCanvas(QWidget *parent = nullptr);

    void setFigure(const QString &svgPath);
    QString figurePath() const;
    /// Whether the figure parsed (this waits for the parse).
    bool hasFigure() const;

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

signals:
    /// The figure set last has been parsed; @p valid says whether there is one to show.
    void figureLoaded(bool valid);

protected:
    /// Room left around the figure (for a focus ring).
    static constexpr int Margin = 4;
    static constexpr qreal Radius = 6.0;

    /// Where the figure is drawn, on whole device pixels.
    QRectF figureRect() const;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QSize pixelSize(const QRectF &rect) const;
    void requestImage();
    void showImage(quint64 request, const QImage &image);

    SvgRasterizer *m_rasterizer;
    QString m_path;
    QImage m_image;
    QSize m_requested;
    quint64 m_request = 0;
};
