// SPDX-License-Identifier: MIT
// WCAG AA in the light and the dark palette: 4.5:1 for text, 3:1 for icons, measured on the
// colours and the icon pixels the window really uses.
#include "figuremarkup.h"
#include "lineicon.h"
#include "markdown/codetheme.h"
#include "windowstyle.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>

namespace {
// The colour of the most opaque pixel: the icon's line.
QColor inkOf(const QIcon &icon, QIcon::Mode mode)
{
    const QImage image = icon.pixmap(QSize(24, 24), 1.0, mode).toImage().convertToFormat(QImage::Format_ARGB32);
    QColor ink;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (!ink.isValid() || pixel.alpha() > ink.alpha())
                ink = pixel;
        }
    }
    ink.setAlpha(255);
    return ink;
}
} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void palettes_data()
    {
        QTest::addColumn<QPalette>("palette");
        // As the program sets them up: the style's palette (or --dark's), made readable.
        QTest::newRow("light") << WindowStyle::readable(QApplication::style()->standardPalette());
        QTest::newRow("dark") << WindowStyle::readable(WindowStyle::darkPalette());
    }

    void textReads_data() { palettes_data(); }
    void textReads()
    {
        QFETCH(QPalette, palette);
        const auto atLeast = [](const QColor &a, const QColor &b, qreal ratio, const char *what) {
            const qreal measured = WindowStyle::contrast(a, b);
            QVERIFY2(
                measured >= ratio,
                qPrintable(QStringLiteral("%1: %2 on %3 is %4:1").arg(QLatin1String(what), a.name(), b.name()).arg(measured, 0, 'f', 2)));
        };
        atLeast(palette.color(QPalette::Text), palette.color(QPalette::Base), 4.5, "text");
        atLeast(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 4.5, "window text");
        atLeast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button), 4.5, "button text");
        atLeast(palette.color(QPalette::Link), palette.color(QPalette::Base), 4.5, "link");
        atLeast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight), 4.5, "selection");
        atLeast(palette.color(QPalette::PlaceholderText), palette.color(QPalette::Base), 4.5, "placeholder");
        // Marked words, in text and in links.
        // Highlighted code on the page's code background, and the light theme on paper's.
        const bool dark = WindowStyle::isDark(palette);
        for (const CodeTheme::Style &style : CodeTheme::styles()) {
            atLeast(dark ? style.dark : style.light, WindowStyle::codeBackground(palette), 4.5, style.cssClass);
            atLeast(style.light, QColor(0xf2, 0xf2, 0xf2), 4.5, style.cssClass);
        }
        for (const QColor &mark : {WindowStyle::searchMark(palette), WindowStyle::findMark(palette)}) {
            atLeast(palette.color(QPalette::Text), mark, 4.5, "marked text");
            atLeast(palette.color(QPalette::Link), mark, 4.5, "marked link");
        }
    }

    void iconsStandOut_data() { palettes_data(); }
    void iconsStandOut()
    {
        QFETCH(QPalette, palette);
        for (const char *name : {"go-back", "go-home", "zoom-in", "document-print", "window-close", "view-fullscreen"}) {
            const QIcon icon = LineIcon::make(QString::fromLatin1(name), palette);
            QVERIFY2(!icon.isNull(), name);
            const QColor enabled = inkOf(icon, QIcon::Normal);
            const QColor disabled = inkOf(icon, QIcon::Disabled);
            QCOMPARE(enabled, LineIcon::enabledColour(palette));
            QVERIFY2(WindowStyle::contrast(enabled, palette.color(QPalette::Button)) >= 3.0, name);
            // Disabled looks different: fainter against the bar than the enabled icon.
            QVERIFY2(WindowStyle::contrast(disabled, palette.color(QPalette::Button))
                         < WindowStyle::contrast(enabled, palette.color(QPalette::Button)) - 1.0,
                     name);
        }
    }

    void darkFigureIsNoBrightPanel()
    {
        const QColor paper = FigureMarkup::paper(true);
        QVERIFY(paper.lightnessF() < 0.25);
        const QByteArray svg = FigureMarkup::onDarkPaper("<rect fill=\"#FBF8F5\"/><path fill=\"#1F2328\"/><path fill=\"#59636E\"/>");
        QVERIFY(!svg.contains("#FBF8F5") && !svg.contains("#1F2328") && !svg.contains("#59636E"));
        QVERIFY(WindowStyle::contrast(QColor(0xE6, 0xE6, 0xE6), paper) >= 4.5);
        QVERIFY(WindowStyle::contrast(QColor(0xA9, 0xB1, 0xBA), paper) >= 4.5);
    }

    void readableKeepsWhatAlreadyReads()
    {
        const QPalette dark = WindowStyle::darkPalette();
        QCOMPARE(WindowStyle::readable(dark).color(QPalette::Link), dark.color(QPalette::Link));
        const QPalette light = QApplication::style()->standardPalette();
        QVERIFY(WindowStyle::contrast(light.color(QPalette::HighlightedText), light.color(QPalette::Highlight)) < 4.5); // Fusion's own
        QVERIFY(WindowStyle::readable(light).color(QPalette::Highlight) != light.color(QPalette::Highlight));
    }

    void contrastIsWcags()
    {
        QCOMPARE(qRound(WindowStyle::contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(WindowStyle::contrast(Qt::red, Qt::red), 1.0);
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
