// SPDX-License-Identifier: MIT
#include "svgrasterizer.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QString kFigure = QStringLiteral(RUST_ATLAS_CONTENT_DIR "/figures/rust-categories.svg");

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) == 255;
    return count;
}
} // namespace

class TestSvgRasterizer : public QObject
{
    Q_OBJECT

private slots:
    void loadsOnTheWorker();
    void missingOrBrokenFilesHaveNoViewBox_data();
    void missingOrBrokenFilesHaveNoViewBox();
    void drawsAtTheRequestedSize();
    void newestRequestWins();
    void loadDropsImagesOfTheOldDrawing();
    void destroyedWhileBusy();
};

void TestSvgRasterizer::loadsOnTheWorker()
{
    SvgRasterizer rasterizer;
    QCOMPARE(rasterizer.viewBox(), QRectF());
    QSignalSpy loaded(&rasterizer, &SvgRasterizer::loaded);
    rasterizer.load(kFigure);
    QCOMPARE(rasterizer.viewBox(), QRectF(0, 0, 1200, 800));
    // Reported from the worker, so it arrives through the event loop.
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(0).toString(), kFigure);
    QCOMPARE(loaded.at(0).at(1).toBool(), true);
}

void TestSvgRasterizer::missingOrBrokenFilesHaveNoViewBox_data()
{
    QTest::addColumn<QByteArray>("contents"); // empty: no file at all

    QTest::newRow("missing") << QByteArray();
    QTest::newRow("not xml") << QByteArrayLiteral("\x89PNG\r\n\x1a\n not an svg");
    QTest::newRow("truncated") << QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10");
    QTest::newRow("empty view box") << QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"0\" height=\"0\"/>");
}

void TestSvgRasterizer::missingOrBrokenFilesHaveNoViewBox()
{
    QFETCH(QByteArray, contents);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("figure.svg"));
    if (!contents.isEmpty()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    SvgRasterizer rasterizer;
    QSignalSpy loaded(&rasterizer, &SvgRasterizer::loaded);
    rasterizer.load(path);
    QVERIFY(rasterizer.viewBox().isEmpty());
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(1).toBool(), false);

    // Asked to draw anyway, it gives a blank image rather than failing.
    rasterizer.requestImage(QSize(40, 30));
    const QImage image = rasterizer.waitForImage();
    QCOMPARE(image.size(), QSize(40, 30));
    QCOMPARE(opaquePixels(image), 0);
}

void TestSvgRasterizer::drawsAtTheRequestedSize()
{
    SvgRasterizer rasterizer;
    QCOMPARE(rasterizer.waitForImage(), QImage());
    QSignalSpy ready(&rasterizer, &SvgRasterizer::imageReady);
    rasterizer.load(kFigure);
    const quint64 request = rasterizer.requestImage(QSize(300, 200));
    const QImage image = rasterizer.waitForImage();
    QCOMPARE(image.size(), QSize(300, 200));
    // The figure is opaque apart from its rounded corners.
    QVERIFY2(opaquePixels(image) > 300 * 200 * 95 / 100, qPrintable(QString::number(opaquePixels(image))));
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(0).toULongLong(), request);
    QCOMPARE(ready.at(0).at(1).value<QImage>(), image);
}

void TestSvgRasterizer::newestRequestWins()
{
    SvgRasterizer rasterizer;
    QSignalSpy ready(&rasterizer, &SvgRasterizer::imageReady);
    rasterizer.load(kFigure);
    // As while dragging a splitter: many sizes in a row, only the last one matters.
    quint64 last = 0;
    for (int width = 100; width <= 600; width += 50)
        last = rasterizer.requestImage(QSize(width, width * 2 / 3));
    QCOMPARE(rasterizer.waitForImage().size(), QSize(600, 400));
    QTRY_VERIFY(!ready.isEmpty() && ready.last().at(0).toULongLong() == last);
    // Reports come in the order of the requests: an overtaken request is either drawn before
    // the newer one or skipped, never reported after it.
    for (int i = 1; i < ready.count(); ++i)
        QVERIFY(ready.at(i).at(0).toULongLong() > ready.at(i - 1).at(0).toULongLong());
    QCOMPARE(ready.last().at(1).value<QImage>().size(), QSize(600, 400));
}

void TestSvgRasterizer::loadDropsImagesOfTheOldDrawing()
{
    SvgRasterizer rasterizer;
    rasterizer.load(kFigure);
    rasterizer.requestImage(QSize(300, 200));
    rasterizer.load(QStringLiteral("/no/such/figure.svg"));
    QCOMPARE(rasterizer.waitForImage(), QImage());
    QVERIFY(rasterizer.viewBox().isEmpty());
}

void TestSvgRasterizer::destroyedWhileBusy()
{
    // Work still queued when the rasterizer goes is finished or dropped inside its destructor:
    // nothing it reports may arrive afterwards (the sanitizer build checks the memory side).
    auto rasterizer = std::make_unique<SvgRasterizer>();
    QObject receiver;
    bool gone = false;
    int reports = 0, lateReports = 0;
    connect(rasterizer.get(), &SvgRasterizer::imageReady, &receiver, [&] { ++(gone ? lateReports : reports); });
    connect(rasterizer.get(), &SvgRasterizer::loaded, &receiver, [&] { lateReports += gone; });
    rasterizer->load(kFigure);
    rasterizer->requestImage(QSize(1200, 800));
    rasterizer->requestImage(QSize(600, 400));
    rasterizer.reset();
    gone = true;
    QTest::qWait(100); // time for any late report to be delivered
    QCOMPARE(lateReports, 0);
    QCOMPARE(reports, 0); // nothing was delivered before, as no events ran
}

QTEST_MAIN(TestSvgRasterizer)
#include "tst_svgrasterizer.moc"
