// SPDX-License-Identifier: MIT
#include "categorygriddelegate.h"
#include "models/itemroles.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kIcon = QStringLiteral(RUST_ATLAS_CONTENT_DIR "/icons/audio.svg");
const QColor kIconColor(0xA3, 0x32, 0x5F); // background of audio.svg

int countNear(const QImage &image, const QColor &color, int tolerance)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - color.red()) <= tolerance && qAbs(pixel.green() - color.green()) <= tolerance
                && qAbs(pixel.blue() - color.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

int paintedPixels(const QImage &image)
{
    const QRgb background = image.pixel(0, 0);
    int painted = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            painted += image.pixel(x, y) != background;
    return painted;
}

QImage renderTile(const CategoryGridDelegate &delegate, QStyle::State state, const QString &iconPath = kIcon,
                  const QPalette &palette = QApplication::palette())
{
    QStandardItemModel model;
    auto *item = new QStandardItem;
    item->setData(QStringLiteral("Audio programming"), ItemRole::Title);
    item->setData(QStringLiteral("Synthesisers, plug-ins and DSP"), ItemRole::Summary);
    item->setData(iconPath, ItemRole::IconPath);
    model.appendRow(item);

    QStyleOptionViewItem option;
    option.rect = QRect(QPoint(0, 0), CategoryGridDelegate::tileSize());
    option.palette = palette;
    option.font = QApplication::font();
    option.state = QStyle::State_Enabled | QStyle::State_Active | state;

    QImage image(CategoryGridDelegate::tileSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(palette.color(QPalette::Base));
    QPainter painter(&image);
    delegate.paint(&painter, option, model.index(0, 0));
    painter.end();
    return image;
}

QImage renderTile(QStyle::State state, const QString &iconPath = kIcon, const QPalette &palette = QApplication::palette())
{
    const CategoryGridDelegate delegate;
    return renderTile(delegate, state, iconPath, palette);
}
} // namespace

class TestCategoryGridDelegate : public QObject
{
    Q_OBJECT

private slots:
    void sizeHintIsTheTile();
    void statesDiffer();
    void iconAndFallback();
    void preloadedIconsAreDrawnOnTheWorker();
    void followsPalette();
};

void TestCategoryGridDelegate::sizeHintIsTheTile()
{
    QStandardItemModel model(1, 1);
    CategoryGridDelegate delegate;
    const QSize tile = CategoryGridDelegate::tileSize();
    QVERIFY(tile.width() > tile.height());
    QCOMPARE(delegate.sizeHint(QStyleOptionViewItem(), model.index(0, 0)), tile);
}

void TestCategoryGridDelegate::statesDiffer()
{
    const QImage normal = renderTile({});
    const QImage hover = renderTile(QStyle::State_MouseOver);
    const QImage selected = renderTile(QStyle::State_Selected);
    const QImage focused = renderTile(QStyle::State_HasFocus);
    const QImage selectedFocused = renderTile(QStyle::State_Selected | QStyle::State_HasFocus);
    QVERIFY(paintedPixels(normal) > 500);
    QVERIFY(normal != hover);
    QVERIFY(normal != selected);
    QVERIFY(hover != selected);
    QVERIFY(focused != normal);
    QVERIFY(focused != selected);
    // Focus must stay visible on a selected tile, not vanish into the selection look.
    QVERIFY(selectedFocused != selected);
}

void TestCategoryGridDelegate::iconAndFallback()
{
    const QImage withIcon = renderTile({});
    QVERIFY(countNear(withIcon, kIconColor, 6) > 300);
    const QImage fallback = renderTile({}, QStringLiteral("/no/such/icon.svg"));
    QCOMPARE(countNear(fallback, kIconColor, 6), 0);
    QVERIFY(fallback != withIcon);
    QCOMPARE(renderTile({}, QString()), fallback);
}

void TestCategoryGridDelegate::followsPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::Base, QColor(0x1B, 0x1D, 0x20));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2D));
    dark.setColor(QPalette::Text, QColor(0xE6, 0xE8, 0xEB));
    dark.setColor(QPalette::Mid, QColor(0x45, 0x49, 0x4F));
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);

    const auto meanLightness = [](const QImage &image) {
        qint64 sum = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                sum += image.pixelColor(x, y).lightness();
        return sum / (image.width() * image.height());
    };
    const qint64 darkMean = meanLightness(renderTile({}, kIcon, dark));
    const qint64 lightMean = meanLightness(renderTile({}, kIcon, light));
    QVERIFY2(darkMean < 90, qPrintable(QString::number(darkMean)));
    QVERIFY2(lightMean > 180, qPrintable(QString::number(lightMean)));
}

void TestCategoryGridDelegate::preloadedIconsAreDrawnOnTheWorker()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString icon = dir.filePath(QStringLiteral("audio.svg"));
    QVERIFY(QFile::copy(kIcon, icon));

    CategoryGridDelegate delegate;
    delegate.preloadIcons({icon}, 1.0).waitForFinished();
    // Gone before the first paint: only the preloaded image can still show the icon.
    QVERIFY(QFile::remove(icon));
    QVERIFY(countNear(renderTile(delegate, {}, icon), kIconColor, 6) > 300);

    // Without a preload the same missing file gives the fallback letter.
    QCOMPARE(countNear(renderTile({}, icon), kIconColor, 6), 0);
}

QTEST_MAIN(TestCategoryGridDelegate)
#include "tst_categorygriddelegate.moc"
