// SPDX-License-Identifier: MIT
#pragma once

#include "svgrasterizer.h"

#include <QImage>
#include <QString>
#include <QWidget>

/// An SVG figure drawn at the widget's exact pixel size, fitted and centred, or a placeholder
/// when there is none. Parsing and drawing run on a worker thread (SvgRasterizer): while a new
/// size is being drawn the last image is shown scaled, and the first frame waits for its image,
/// so the canvas is never blank.
class FigureCanvas : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureCanvas)

public:
    explicit FigureCanvas(QWidget *parent = nullptr, SvgRasterizer::Labels labels = SvgRasterizer::Labels::Drawn);

    void setFigure(const QString &svgPath);
    QString figurePath() const;
    /// Whether the figure parsed (this waits for the parse).
    bool hasFigure() const;
    /// Where the figure is drawn, on whole device pixels.
    QRectF figureRect() const;
    /// @p viewBoxRect (in the drawing's coordinates) in the widget's coordinates.
    QRectF toWidget(const QRectF &viewBoxRect) const;

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

    /// The figure's tiles, when made with SvgRasterizer::Labels::LeftOut (this waits for the parse).
    QVector<FigureTile> tiles() const;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    /// Whether the figure is drawn on dark paper (the palette is dark).
    bool onDarkPaper() const { return m_dark; }

private:
    QSize pixelSize(const QRectF &rect) const;
    void requestImage();
    void showImage(quint64 request, const QImage &image);

    SvgRasterizer *m_rasterizer;
    SvgRasterizer::Labels m_labels;
    bool m_dark = false;
    QString m_path;
    QImage m_image;
    QSize m_requested;
    quint64 m_request = 0;
};
