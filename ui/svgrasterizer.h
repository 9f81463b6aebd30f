// SPDX-License-Identifier: MIT
#pragma once

#include "figuretile.h"

#include <QFuture>
#include <QImage>
#include <QObject>
#include <QRectF>
#include <QThreadPool>
#include <QVector>

#include <atomic>
#include <memory>

class QSvgRenderer;

/// Parses an SVG file and draws it into images on a worker thread of its own, so a large
/// figure neither delays the window's construction nor holds up painting or resizing.
/// Jobs run one at a time and in order; only they touch the renderer.
class SvgRasterizer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SvgRasterizer)

public:
    enum class Labels {
        Drawn, ///< The whole drawing
        LeftOut, ///< Without the figure's tile labels (FigureMarkup), which the caller draws
    };

    explicit SvgRasterizer(QObject *parent = nullptr);
    ~SvgRasterizer() override;

    /// Starts parsing @p svgPath, replacing the earlier drawing; loaded() follows. With
    /// @p darkPaper, the figure is drawn for a dark palette (FigureMarkup::onDarkPaper).
    void load(const QString &svgPath, Labels labels = Labels::Drawn, bool darkPaper = false);
    /// The drawing's view box, once parsed (this waits for the parse); empty when the file is
    /// missing or not a valid SVG drawing.
    QRectF viewBox() const;
    /// The figure's tiles (FigureMarkup), once parsed; none unless loaded with Labels::LeftOut.
    QVector<FigureTile> tiles() const;

    /// Starts drawing the whole picture into an image of @p pixels and returns the request's
    /// number; imageReady() follows, unless a newer request or load overtakes this one first.
    quint64 requestImage(const QSize &pixels);
    /// Waits for the newest requested image and returns it (null before the first request).
    QImage waitForImage() const;

signals:
    void loaded(const QString &svgPath, bool valid);
    void imageReady(quint64 request, const QImage &image);

private:
    struct Drawing
    {
        QRectF viewBox;
        QVector<FigureTile> tiles;
    };

    template<typename Job>
    auto enqueue(Job job) -> QFuture<decltype(job())>;
    /// From the worker: emits a signal on this object's thread, unless this object is gone.
    template<typename Signal>
    void report(Signal signal);
    /// On the worker: parses @p svgPath into m_renderer.
    Drawing parse(const QString &svgPath, Labels labels, bool darkPaper);

    QThreadPool m_worker;
    std::unique_ptr<QSvgRenderer> m_renderer; // made, used and deleted by jobs on m_worker
    QFuture<Drawing> m_drawing;
    QFuture<QImage> m_image;
    std::atomic<quint64> m_newestRequest{0};
};
