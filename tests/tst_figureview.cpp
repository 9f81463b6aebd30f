// SPDX-License-Identifier: MIT
#include "categorygriddelegate.h"
#include "figureview.h"
#include "models/itemroles.h"

#include <QApplication>
#include <QDialog>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyleOptionViewItem>
#include <QTest>

namespace {
const QString kFigure = QStringLiteral(RUST_ATLAS_CONTENT_DIR "/figures/rust-categories.svg");
const QString kIcon = QStringLiteral(RUST_ATLAS_CONTENT_DIR "/icons/audio.svg");
const QString kCaption = QStringLiteral("What Rust is used for");

// Bounding box of the pixels that differ from the background (the top-left pixel).
QRect paintedBounds(const QImage &image, int *count = nullptr)
{
    const QRgb background = image.pixel(0, 0);
    QRect bounds;
    int painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) != background) {
                bounds |= QRect(x, y, 1, 1);
                ++painted;
            }
        }
    }
    if (count)
        *count = painted;
    return bounds;
}

QWidget *visibleTopLevel(const QString &name)
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget *widget : widgets) {
        if (widget->objectName() == name && widget->isVisible())
            return widget;
    }
    return nullptr;
}

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
} // namespace

class TestFigureView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsFigure();
    void paintsFigureFollowingAspect();
    void missingFigureShowsPlaceholder();
    void clickOpensDialog();
    void keyboardOpensDialog();
    void delegateSizeHint();
    void delegateStatesDiffer();
    void delegateIconAndFallback();
    void delegateFollowsPalette();

private:
    QImage renderTile(QStyle::State state, const QString &iconPath = kIcon,
                      const QPalette &palette = QApplication::palette()) const;
};

void TestFigureView::init()
{
    QVERIFY(QFile::exists(kFigure));
}

void TestFigureView::cleanup()
{
    QVERIFY2(!visibleTopLevel(QStringLiteral("figureDialog")), "a figure dialog was left open");
}

void TestFigureView::loadsFigure()
{
    FigureView view;
    QVERIFY(!view.hasFigure());
    view.setFigure(kFigure, kCaption);
    QVERIFY(view.hasFigure());
    QCOMPARE(view.figurePath(), kFigure);
    QCOMPARE(view.objectName(), QStringLiteral("figureView"));
    QCOMPARE(view.accessibleName(), QStringLiteral("Figure: ") + kCaption);
    QCOMPARE(view.focusPolicy(), Qt::StrongFocus);
    QCOMPARE(view.cursor().shape(), Qt::PointingHandCursor);
    QVERIFY(!view.toolTip().isEmpty());
    QVERIFY(view.hasHeightForWidth());
}

void TestFigureView::paintsFigureFollowingAspect()
{
    FigureView view;
    view.setFigure(kFigure, kCaption);
    // The figure is 1200x800: a wide view must get a proportionally shorter height.
    QVERIFY(view.heightForWidth(900) > view.heightForWidth(600));
    view.resize(600, view.heightForWidth(600));
    const QImage image = view.grab().toImage();
    QCOMPARE(image.size(), QSize(600, view.heightForWidth(600)));

    int painted = 0;
    const QRect bounds = paintedBounds(image, &painted);
    QVERIFY2(painted > image.width() * image.height() / 2, "the figure is (nearly) blank");
    // At heightForWidth the figure fills the view in both directions, keeping its 3:2 aspect.
    QVERIFY2(bounds.width() >= image.width() * 95 / 100, qPrintable(QString::number(bounds.width())));
    QVERIFY2(bounds.height() >= image.height() * 95 / 100, qPrintable(QString::number(bounds.height())));
    QVERIFY(qAbs(qreal(bounds.width()) / bounds.height() - 1.5) < 0.02);

    // Too wide a view: the figure stays 3:2 and is centred instead of stretched.
    view.resize(900, view.heightForWidth(600));
    const QRect wide = paintedBounds(view.grab().toImage());
    QVERIFY(qAbs(qreal(wide.width()) / wide.height() - 1.5) < 0.02);
    QVERIFY(qAbs(wide.center().x() - 450) <= 2);
}

void TestFigureView::missingFigureShowsPlaceholder()
{
    FigureView view;
    const QString missing = QStringLiteral(RUST_ATLAS_TEST_DATA "/no-such-figure.svg");
    view.setFigure(missing, kCaption);
    QVERIFY(!view.hasFigure());
    QCOMPARE(view.figurePath(), missing);
    QVERIFY(view.heightForWidth(480) > 0);
    view.resize(view.sizeHint());
    int painted = 0;
    paintedBounds(view.grab().toImage(), &painted);
    QVERIFY2(painted > 100, "the placeholder is blank");

    // Nothing to enlarge: a click must neither signal nor open a dialog.
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &FigureView::enlargeRequested);
    QTest::mouseClick(&view, Qt::LeftButton);
    QCOMPARE(spy.count(), 0);
    QVERIFY(!visibleTopLevel(QStringLiteral("figureDialog")));
}

void TestFigureView::clickOpensDialog()
{
    FigureView view;
    view.setFigure(kFigure, kCaption);
    view.resize(480, view.heightForWidth(480));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    QSignalSpy spy(&view, &FigureView::enlargeRequested);
    QTest::mouseClick(&view, Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QTRY_VERIFY(visibleTopLevel(QStringLiteral("figureDialog")));
    QPointer<QDialog> dialog = view.findChild<QDialog *>(QStringLiteral("figureDialog"));
    QVERIFY(dialog);
    QCOMPARE(static_cast<QWidget *>(dialog.data()), visibleTopLevel(QStringLiteral("figureDialog")));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Figure \u2014 ") + kCaption);
    const auto *caption = dialog->findChild<QLabel *>(QStringLiteral("figureCaption"));
    QVERIFY(caption);
    QCOMPARE(caption->text(), kCaption);
    QVERIFY(dialog->width() > view.width());

    // A second click reuses the open dialog rather than stacking another.
    QTest::mouseClick(&view, Qt::LeftButton);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(view.findChildren<QDialog *>().size(), 1);

    dialog->close();
    QTRY_VERIFY(dialog.isNull());
}

void TestFigureView::keyboardOpensDialog()
{
    FigureView view;
    view.setFigure(kFigure, kCaption);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &FigureView::enlargeRequested);
    QTest::keyClick(&view, Qt::Key_Space);
    QCOMPARE(spy.count(), 1);
    QPointer<QDialog> dialog = view.findChild<QDialog *>(QStringLiteral("figureDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClick(dialog.data(), Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());

    QTest::keyClick(&view, Qt::Key_Return);
    QCOMPARE(spy.count(), 2);
    dialog = view.findChild<QDialog *>(QStringLiteral("figureDialog"));
    QVERIFY(dialog);
    dialog->close();
    QTRY_VERIFY(dialog.isNull());
}

QImage TestFigureView::renderTile(QStyle::State state, const QString &iconPath, const QPalette &palette) const
{
    QStandardItemModel model;
    auto *item = new QStandardItem;
    item->setData(QStringLiteral("Audio programming"), ItemRole::Title);
    item->setData(QStringLiteral("Synthesisers, plug-ins and DSP"), ItemRole::Summary);
    item->setData(iconPath, ItemRole::IconPath);
    model.appendRow(item);

    CategoryGridDelegate delegate;
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

void TestFigureView::delegateSizeHint()
{
    QStandardItemModel model(1, 1);
    CategoryGridDelegate delegate;
    const QSize tile = CategoryGridDelegate::tileSize();
    QVERIFY(tile.width() > tile.height());
    QCOMPARE(delegate.sizeHint(QStyleOptionViewItem(), model.index(0, 0)), tile);
}

void TestFigureView::delegateStatesDiffer()
{
    const QImage normal = renderTile({});
    const QImage hover = renderTile(QStyle::State_MouseOver);
    const QImage selected = renderTile(QStyle::State_Selected);
    const QImage focused = renderTile(QStyle::State_HasFocus);
    const QImage selectedFocused = renderTile(QStyle::State_Selected | QStyle::State_HasFocus);
    int painted = 0;
    paintedBounds(normal, &painted);
    QVERIFY(painted > 500);
    QVERIFY(normal != hover);
    QVERIFY(normal != selected);
    QVERIFY(hover != selected);
    QVERIFY(focused != normal);
    QVERIFY(focused != selected);
    // Focus must stay visible on a selected tile, not vanish into the selection look.
    QVERIFY(selectedFocused != selected);
}

void TestFigureView::delegateIconAndFallback()
{
    const QColor iconColor(0xA3, 0x32, 0x5F); // background of audio.svg
    const QImage withIcon = renderTile({});
    QVERIFY(countNear(withIcon, iconColor, 6) > 300);
    const QImage fallback = renderTile({}, QStringLiteral("/no/such/icon.svg"));
    QCOMPARE(countNear(fallback, iconColor, 6), 0);
    QVERIFY(fallback != withIcon);
    QCOMPARE(renderTile({}, QString()), fallback);
}

void TestFigureView::delegateFollowsPalette()
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

QTEST_MAIN(TestFigureView)
#include "tst_figureview.moc"
