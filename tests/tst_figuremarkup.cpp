// SPDX-License-Identifier: MIT
// The figure's tile markup (labels left out, tiles found) and labels fitted into tiles.
#include "figuremarkup.h"
#include "tilelabel.h"

#include <QFile>
#include <QFontMetricsF>
#include <QSvgRenderer>
#include <QTest>

namespace {
QByteArray twoTiles()
{
    QFile file(QStringLiteral(RUST_ATLAS_TEST_DATA "/figure/two-tiles.svg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestFigureMarkup : public QObject
{
    Q_OBJECT

private slots:
    void leavesOutLabelsAndFindsTiles();
    void malformedSvgIsKeptWithoutTiles();
    void tilesLieWhereDrawn();
    void labelUsesLargestSizeThatFits();
    void labelWrapsBetweenWords();
    void labelTooLongIsShortenedVisibly();
};

void TestFigureMarkup::leavesOutLabelsAndFindsTiles()
{
    QStringList slugs;
    const QByteArray out = FigureMarkup::withoutLabels(twoTiles(), &slugs);
    QCOMPARE(slugs, (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
    QVERIFY(!out.contains("label-"));
    QVERIFY(!out.contains("M20 70h60"));
    QVERIFY(!out.contains("M20 80h10")); // nested inside the label
    QVERIFY(out.contains("icon-alpha"));
    QVERIFY(out.contains("id=\"other\""));
    QVERIFY(out.contains("Two tiles \xe2\x80\x94 \xc3\xa9")); // text outside labels unchanged
    QSvgRenderer renderer(out);
    QVERIFY(renderer.isValid());
    QVERIFY(!renderer.elementExists(QStringLiteral("label-alpha")));
}

void TestFigureMarkup::malformedSvgIsKeptWithoutTiles()
{
    QStringList slugs{QStringLiteral("stale")};
    const QByteArray broken = twoTiles().left(twoTiles().indexOf("<g id=\"tile-beta\""));
    QCOMPARE(FigureMarkup::withoutLabels(broken, &slugs), broken);
    QVERIFY(slugs.isEmpty());
    QCOMPARE(FigureMarkup::withoutLabels(QByteArray(), &slugs), QByteArray());
    QVERIFY(slugs.isEmpty());
}

void TestFigureMarkup::tilesLieWhereDrawn()
{
    QStringList slugs;
    QSvgRenderer renderer(FigureMarkup::withoutLabels(twoTiles(), &slugs));
    const QVector<FigureTile> tiles = FigureMarkup::tiles(renderer, slugs + QStringList{QStringLiteral("missing")});
    QCOMPARE(tiles.size(), 2);
    QCOMPARE(tiles.at(0).slug, QStringLiteral("alpha"));
    QCOMPARE(tiles.at(0).bounds, QRectF(10, 10, 80, 80));
    // The label goes below the pictogram (translated and scaled: 15 + 40 * 0.5 = 35).
    QVERIFY(tiles.at(0).labelRoom.top() >= 35 && tiles.at(0).labelRoom.top() < 40);
    QVERIFY(tiles.at(0).bounds.contains(tiles.at(0).labelRoom));
    // No pictogram: the label has the whole tile, less a margin.
    QCOMPARE(tiles.at(1).bounds, QRectF(110, 10, 80, 80));
    QVERIFY(tiles.at(1).labelRoom.top() < 15);
}

void TestFigureMarkup::labelUsesLargestSizeThatFits()
{
    const QFont font;
    const TileLabel roomy(QStringLiteral("Robotics"), font, QSizeF(200, 60), 9, 16);
    QCOMPARE(roomy.pixelSize(), 16);
    QCOMPARE(roomy.lines(), QStringList{QStringLiteral("Robotics")});
    QVERIFY(!roomy.isShortened());

    QFont narrowFont = font;
    narrowFont.setPixelSize(16);
    const qreal wide = QFontMetricsF(narrowFont).horizontalAdvance(QStringLiteral("Robotics"));
    const TileLabel tight(QStringLiteral("Robotics"), font, QSizeF(wide * 0.8, 60), 9, 16);
    QVERIFY(tight.pixelSize() < 16 && tight.pixelSize() >= 9);
    QCOMPARE(tight.lines(), QStringList{QStringLiteral("Robotics")});
}

void TestFigureMarkup::labelWrapsBetweenWords()
{
    QFont font;
    font.setPixelSize(10);
    const QFontMetricsF metrics(font);
    const qreal width = metrics.horizontalAdvance(QStringLiteral("Computer graphics")) * 0.8;
    const TileLabel label(QStringLiteral("Computer  graphics"), font, QSizeF(width, metrics.lineSpacing() * 3), 10, 10);
    QCOMPARE(label.lines(), (QStringList{QStringLiteral("Computer"), QStringLiteral("graphics")}));
    QVERIFY(!label.isShortened());
}

void TestFigureMarkup::labelTooLongIsShortenedVisibly()
{
    QFont font;
    font.setPixelSize(10);
    const QFontMetricsF metrics(font);
    const QString text = QStringLiteral("Programming languages and related tools (including compilers, IDEs, standard libraries, etc.)");
    const QSizeF room(60, metrics.lineSpacing() * 2);
    const TileLabel label(text, font, room, 10, 14);
    QCOMPARE(label.pixelSize(), 10);
    QVERIFY(label.isShortened());
    QCOMPARE(label.lines().size(), 2);
    QVERIFY(label.lines().last().endsWith(QChar(0x2026)));
    for (const QString &line : label.lines())
        QVERIFY(metrics.horizontalAdvance(line) <= room.width());
}

QTEST_MAIN(TestFigureMarkup)
#include "tst_figuremarkup.moc"
