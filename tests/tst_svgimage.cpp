// SPDX-License-Identifier: MIT
#include "svgimage.h"

#include <QSvgRenderer>
#include <QTest>

class TestSvgImage : public QObject
{
    Q_OBJECT

private slots:
    void drawsTheWholeDrawingAtTheDensityAsked()
    {
        // A red square on the left half, nothing on the right.
        QSvgRenderer renderer(QByteArray("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 20 10'>"
                                         "<rect width='10' height='10' fill='#f00'/></svg>"));
        const QImage image = SvgImage::draw(renderer, QSizeF(40, 20), 2.0);
        QCOMPARE(image.size(), QSize(80, 40));
        QCOMPARE(image.devicePixelRatio(), 2.0);
        QCOMPARE(image.pixelColor(20, 20), QColor(Qt::red));
        QCOMPARE(image.pixelColor(60, 20).alpha(), 0);
    }

    void nothingToDrawIsANullImage()
    {
        QSvgRenderer broken(QByteArray("<svg"));
        QVERIFY(SvgImage::draw(broken, QSizeF(10, 10)).isNull());
        QSvgRenderer fine(QByteArray("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 1 1'/>"));
        QVERIFY(SvgImage::draw(fine, QSizeF(0, 10)).isNull());
    }
};

QTEST_MAIN(TestSvgImage)
#include "tst_svgimage.moc"
