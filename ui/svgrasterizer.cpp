// SPDX-License-Identifier: MIT
#include "svgrasterizer.h"

#include <QFile>
#include <QPainter>
#include <QPromise>
#include <QSvgRenderer>

SvgRasterizer::SvgRasterizer(QObject *parent)
    : QObject(parent)
{
    // One thread, kept for the rasterizer's lifetime: the jobs share the renderer, and the
    // renderer (a QObject) must not outlive the thread it was made on.
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
    m_viewBox = QtFuture::makeReadyFuture(QRectF());
    m_image = QtFuture::makeReadyFuture(QImage());
}

SvgRasterizer::~SvgRasterizer()
{
    // After the queued jobs, on the thread the renderer was made on.
    m_worker.start([this] { m_renderer.reset(); });
    m_worker.waitForDone();
}

template <typename Job>
auto SvgRasterizer::enqueue(Job job) -> QFuture<decltype(job())>
{
    // A future of QtConcurrent::run() may run its job on the waiting thread if the pool has
    // not started it yet, which would break the one-at-a-time order the renderer relies on.
    // A promise's future only ever waits.
    using Result = decltype(job());
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    m_worker.start([promise, job = std::move(job)]() mutable {
        promise->addResult(job());
        promise->finish();
    });
    return future;
}

void SvgRasterizer::load(const QString &svgPath)
{
    // Images of the old drawing are no longer wanted, whether queued or already drawn.
    ++m_newestRequest;
    m_image = QtFuture::makeReadyFuture(QImage());
    m_viewBox = enqueue([this, svgPath] {
        m_renderer.reset();
        // QtSvg warns on missing files; a missing figure is an expected state, not an error.
        if (!svgPath.isEmpty() && QFile::exists(svgPath)) {
            auto renderer = std::make_unique<QSvgRenderer>();
            if (renderer->load(svgPath) && renderer->isValid() && !renderer->viewBoxF().isEmpty())
                m_renderer = std::move(renderer);
        }
        const QRectF box = m_renderer ? m_renderer->viewBoxF() : QRectF();
        emit loaded(svgPath, !box.isEmpty());
        return box;
    });
}

QRectF SvgRasterizer::viewBox() const
{
    return m_viewBox.result();
}

quint64 SvgRasterizer::requestImage(const QSize &pixels)
{
    const quint64 request = ++m_newestRequest;
    m_image = enqueue([this, pixels, request] {
        // While the user drags a splitter, only the last size is worth drawing.
        if (request != m_newestRequest.load())
            return QImage();
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        if (m_renderer && !image.isNull()) {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            m_renderer->render(&painter, QRectF(QPointF(), QSizeF(pixels)));
        }
        emit imageReady(request, image);
        return image;
    });
    return request;
}

QImage SvgRasterizer::waitForImage() const
{
    return m_image.result();
}
