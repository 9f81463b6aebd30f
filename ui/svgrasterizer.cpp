// SPDX-License-Identifier: MIT
#include "svgrasterizer.h"

#include "svgimage.h"

#include "figuremarkup.h"

#include <QFile>
#include <QPainter>
#include <QPromise>
#include <QSvgRenderer>

SvgRasterizer::SvgRasterizer(QObject *parent) : QObject(parent)
{
    // One thread, kept for the rasterizer's lifetime: the jobs share the renderer, and the
    // renderer (a QObject) must not outlive the thread it was made on.
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
    m_drawing = QtFuture::makeReadyFuture(Drawing());
    m_image = QtFuture::makeReadyFuture(QImage());
}

SvgRasterizer::~SvgRasterizer()
{
    // After the queued jobs, on the thread the renderer was made on.
    m_worker.start([this] { m_renderer.reset(); });
    m_worker.waitForDone();
}

template<typename Signal>
void SvgRasterizer::report(Signal signal)
{
    // Posted to this object, not emitted on the worker: when this object is destroyed, Qt drops
    // what is still posted to it, so no report arrives after the destructor.
    QMetaObject::invokeMethod(this, std::move(signal), Qt::QueuedConnection);
}

template<typename Job>
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

void SvgRasterizer::load(const QString &svgPath, Labels labels, bool darkPaper)
{
    // Images of the old drawing are no longer wanted, whether queued or already drawn.
    ++m_newestRequest;
    m_image = QtFuture::makeReadyFuture(QImage());
    m_drawing = enqueue([this, svgPath, labels, darkPaper] {
        const Drawing drawing = parse(svgPath, labels, darkPaper);
        report([this, svgPath, valid = !drawing.viewBox.isEmpty()] { emit loaded(svgPath, valid); });
        return drawing;
    });
}

SvgRasterizer::Drawing SvgRasterizer::parse(const QString &svgPath, Labels labels, bool darkPaper)
{
    m_renderer.reset();
    QFile file(svgPath);
    // QtSvg warns on missing files; a missing figure is an expected state, not an error.
    if (svgPath.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    QStringList slugs;
    if (labels == Labels::LeftOut)
        svg = FigureMarkup::withoutLabels(svg, &slugs);
    if (darkPaper)
        svg = FigureMarkup::onDarkPaper(svg);
    auto renderer = std::make_unique<QSvgRenderer>();
    if (!renderer->load(svg) || !renderer->isValid() || renderer->viewBoxF().isEmpty())
        return {};
    m_renderer = std::move(renderer);
    return {m_renderer->viewBoxF(), FigureMarkup::tiles(*m_renderer, slugs)};
}

QRectF SvgRasterizer::viewBox() const
{
    return m_drawing.result().viewBox;
}

QVector<FigureTile> SvgRasterizer::tiles() const
{
    return m_drawing.result().tiles;
}

quint64 SvgRasterizer::requestImage(const QSize &pixels)
{
    const quint64 request = ++m_newestRequest;
    m_image = enqueue([this, pixels, request] {
        // While the user drags a splitter, only the last size is worth drawing.
        if (request != m_newestRequest.load())
            return QImage();
        QImage image = m_renderer ? SvgImage::draw(*m_renderer, pixels) : QImage();
        if (image.isNull()) { // nothing to draw: an empty picture of the size asked for
            image = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
        }
        report([this, request, image] { emit imageReady(request, image); });
        return image;
    });
    return request;
}

QImage SvgRasterizer::waitForImage() const
{
    return m_image.result();
}
