// SPDX-License-Identifier: MIT
#include "figureview.h"

#include <QApplication>
#include <QDialog>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTest>
#include <QToolButton>

namespace {
const QString kFigure = QStringLiteral(RUST_ATLAS_CONTENT_DIR "/figures/rust-categories.svg");
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

} // namespace

class TestFigureView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsFigure();
    void replacedFigureKeepsTheNewestState();
    void paintsFigureFollowingAspect();
    void resizedFigureIsRedrawnSharp();
    void missingFigureShowsPlaceholder();
    void clickBesideTilesOpensDialog();
    void enlargeButtonWorksFromTheKeyboard();
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
    // The parse runs on a worker thread; the view says what it offers once it reports back.
    QTRY_VERIFY(!view.enlargeButton()->isHidden());
    QVERIFY(view.accessibleDescription().contains(QStringLiteral("arrow keys")));
    QVERIFY(!view.enlargeButton()->accessibleName().isEmpty());
    QVERIFY(view.hasHeightForWidth());
}

void TestFigureView::replacedFigureKeepsTheNewestState()
{
    FigureView view;
    const QString missing = QStringLiteral(RUST_ATLAS_TEST_DATA "/no-such-figure.svg");
    view.setFigure(kFigure, kCaption);
    view.setFigure(missing, kCaption);
    QVERIFY(!view.hasFigure());
    // The first figure's late report must not bring back the button that enlarges it.
    QTRY_COMPARE(view.accessibleDescription(), QStringLiteral("Figure not available"));
    QCoreApplication::processEvents();
    QVERIFY(view.enlargeButton()->isHidden());
    QCOMPARE(view.tileCount(), 0);

    view.setFigure(kFigure, kCaption);
    QVERIFY(view.hasFigure());
    QTRY_VERIFY(!view.enlargeButton()->isHidden());
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

void TestFigureView::resizedFigureIsRedrawnSharp()
{
    FigureCanvas view; // the whole drawing, as the large view shows it
    view.setFigure(kFigure);
    view.resize(120, view.heightForWidth(120));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // From a thumbnail to a large view: the old image, scaled up, is shown at once (never a
    // blank frame), then the figure drawn afresh at the new size replaces it.
    view.resize(900, view.heightForWidth(900));
    int painted = 0;
    paintedBounds(view.grab().toImage(), &painted);
    QVERIFY2(painted > view.width() * view.height() / 2, "blank while the new size is drawn");

    // The figure fills the view inside its 4-pixel focus-ring margin.
    const QRect figure = view.rect().adjusted(4, 4, -4, -4);
    QImage reference(figure.size(), QImage::Format_ARGB32_Premultiplied);
    reference.fill(Qt::transparent);
    QSvgRenderer renderer(kFigure);
    QPainter painter(&reference);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(reference.rect()));
    painter.end();
    const auto blurredPixels = [&] {
        const QImage shown = view.grab().toImage().copy(figure);
        int differing = 0;
        // The centre, clear of the figure's rounded (transparent) corners.
        for (int y = shown.height() / 5; y < shown.height() * 4 / 5; ++y) {
            for (int x = shown.width() / 5; x < shown.width() * 4 / 5; ++x) {
                const QColor a = shown.pixelColor(x, y);
                const QColor b = reference.pixelColor(x, y);
                if (qAbs(a.red() - b.red()) > 2 || qAbs(a.green() - b.green()) > 2 || qAbs(a.blue() - b.blue()) > 2)
                    ++differing;
            }
        }
        return differing;
    };
    QTRY_COMPARE(blurredPixels(), 0);
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

void TestFigureView::clickBesideTilesOpensDialog()
{
    FigureView view;
    view.setFigure(kFigure, kCaption);
    view.resize(480, view.heightForWidth(480));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    // The figure's title band is not a tile: clicking it enlarges, as the button does.
    const QPoint title(view.width() / 2, view.height() / 12);
    QCOMPARE(view.tileAt(title), -1);
    QSignalSpy spy(&view, &FigureView::enlargeRequested);
    QSignalSpy opened(&view, &FigureView::categoryActivated);
    QTest::mouseClick(&view, Qt::LeftButton, {}, title);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(opened.count(), 0);
    QTRY_VERIFY(visibleTopLevel(QStringLiteral("figureDialog")));
    QPointer<QDialog> dialog = view.findChild<QDialog *>(QStringLiteral("figureDialog"));
    QVERIFY(dialog);
    QCOMPARE(static_cast<QWidget *>(dialog.data()), visibleTopLevel(QStringLiteral("figureDialog")));
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Figure \u2014 ") + kCaption);
    const auto *caption = dialog->findChild<QLabel *>(QStringLiteral("figureCaption"));
    QVERIFY(caption);
    QCOMPARE(caption->text(), kCaption);
    QVERIFY(dialog->width() > view.width());
    // The figure itself, large: drawn for the dialog's size, not the small view's image.
    auto *canvas = dialog->findChild<FigureCanvas *>(QStringLiteral("figureCanvas"));
    QVERIFY(canvas);
    QVERIFY(canvas->hasFigure());
    QVERIFY(canvas->width() > view.width());
    int painted = 0;
    const QRect bounds = paintedBounds(canvas->grab().toImage(), &painted);
    QVERIFY2(painted > canvas->width() * canvas->height() / 3, "the large figure is (nearly) blank");
    QVERIFY(bounds.width() > view.width());

    // The corner button reuses the open dialog rather than stacking another.
    view.enlargeButton()->click();
    QCOMPARE(spy.count(), 2);
    QCOMPARE(view.findChildren<QDialog *>().size(), 1);

    dialog->close();
    QTRY_VERIFY(dialog.isNull());
}

void TestFigureView::enlargeButtonWorksFromTheKeyboard()
{
    FigureView view;
    view.setFigure(kFigure, kCaption);
    view.resize(480, view.heightForWidth(480));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY(view.enlargeButton()->isVisible());
    QVERIFY(view.enlargeButton()->focusPolicy() & Qt::TabFocus);
    QVERIFY(view.figureRect().contains(QRectF(view.enlargeButton()->geometry())));
    QSignalSpy spy(&view, &FigureView::enlargeRequested);
    QTest::keyClick(view.enlargeButton(), Qt::Key_Space);
    QCOMPARE(spy.count(), 1);
    QPointer<QDialog> dialog = view.findChild<QDialog *>(QStringLiteral("figureDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClick(dialog.data(), Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
}

QTEST_MAIN(TestFigureView)
#include "tst_figureview.moc"
