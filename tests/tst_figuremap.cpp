// SPDX-License-Identifier: MIT
// The atlas figure as a map: legible labels, hover, click, keys, marks and accessibility.
#include "content/catalogue.h"
#include "figureview.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <memory>

namespace {
// The window's figure at the size it has in a 1400x880 window.
constexpr int kWindowWidth = 460;

// The mean lightness of the pixels inside @p rect.
qreal meanLightness(const QImage &image, const QRect &rect)
{
    qreal sum = 0;
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x, ++count)
            sum += image.pixelColor(x, y).lightnessF();
    }
    return count ? sum / count : 0;
}
} // namespace

class TestFigureMap : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyTileIsACategory();
    void labelsAreLegibleAtWindowSize();
    void labelsAreDrawnNotTheTinyOnes();
    void hoverHighlightsAndShowsSummary();
    void clickOpensCategory();
    void openCategoryIsMarked();
    void audienceDimsOtherCategories();
    void arrowKeysMoveAndEnterOpens();
    void accessibleTilesAreNamedAndPressable();

private:
    int tileOf(const QString &pageId) const;

    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<FigureView> m_view;
};

void TestFigureMap::initTestCase()
{
    m_catalogue = std::make_unique<Catalogue>(Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR)));
    QCOMPARE(m_catalogue->categories().size(), 24);
}

void TestFigureMap::init()
{
    m_view = std::make_unique<FigureView>();
    m_view->setFigure(m_catalogue->figurePath(), m_catalogue->figureCaption());
    m_view->setCategories(m_catalogue->categories());
    m_view->resize(kWindowWidth, m_view->heightForWidth(kWindowWidth));
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestFigureMap::cleanup()
{
    m_view.reset();
}

int TestFigureMap::tileOf(const QString &pageId) const
{
    for (int tile = 0; tile < m_view->tileCount(); ++tile) {
        if (m_view->tileCategory(tile).pageId == pageId)
            return tile;
    }
    return -1;
}

void TestFigureMap::everyTileIsACategory()
{
    QCOMPARE(m_view->tileCount(), m_catalogue->categories().size());
    QSet<QString> pages;
    const QRectF figure = m_view->figureRect();
    for (int tile = 0; tile < m_view->tileCount(); ++tile) {
        const QRectF bounds = m_view->tileRect(tile);
        QVERIFY(figure.contains(bounds));
        QVERIFY(bounds.width() > 50 && bounds.height() > 35);
        pages.insert(m_view->tileCategory(tile).pageId);
        QCOMPARE(m_view->tileAt(bounds.center()), tile);
    }
    QCOMPARE(pages.size(), 24);
    // Tiles do not overlap: a point in the gap between two is on neither.
    const QRectF first = m_view->tileRect(0);
    const QRectF second = m_view->tileRect(1);
    QVERIFY(second.left() > first.right());
    QCOMPARE(m_view->tileAt(QPointF((first.right() + second.left()) / 2, first.center().y())), -1);
}

void TestFigureMap::labelsAreLegibleAtWindowSize()
{
    // The figure's own labels were about 6 px tall here; the window's are at least 9.
    for (int tile = 0; tile < m_view->tileCount(); ++tile) {
        const CategoryEntry category = m_view->tileCategory(tile);
        const TileLabel label = m_view->tileLabel(tile);
        QVERIFY2(label.pixelSize() >= 9, qPrintable(category.title));
        // Whole, in the seed's words or the shorter form the category list gives.
        QVERIFY2(!label.isShortened(), qPrintable(category.title));
        const QString shown = label.lines().join(QLatin1Char(' '));
        QVERIFY2(shown == category.title || shown == category.shortTitle, qPrintable(shown));
    }
    // The long seed names fall back to their short forms; short names are shown as they are.
    const TileLabel languages = m_view->tileLabel(tileOf(QStringLiteral("categories/programming-languages")));
    QCOMPARE(languages.lines().join(QLatin1Char(' ')), QStringLiteral("Languages and tools"));
    const TileLabel robotics = m_view->tileLabel(tileOf(QStringLiteral("categories/robotics")));
    QCOMPARE(robotics.lines(), QStringList{QStringLiteral("Robotics")});

    // Larger, the seed's full names fit and are used.
    m_view->resize(1400, m_view->heightForWidth(1400));
    const TileLabel wide = m_view->tileLabel(tileOf(QStringLiteral("categories/embedded-bare-metal")));
    QCOMPARE(wide.lines().join(QLatin1Char(' ')), QStringLiteral("Embedded devices (bare metal)"));
    QVERIFY(wide.pixelSize() > m_view->tileLabel(tileOf(QStringLiteral("categories/robotics"))).pixelSize() / 2);
}

void TestFigureMap::labelsAreDrawnNotTheTinyOnes()
{
    // Dark label ink under each tile's pictogram: the window draws it (the figure's own labels
    // are left out of the image), so a view without categories shows empty label rooms.
    const QImage labelled = m_view->grab().toImage();
    FigureView bare;
    bare.setFigure(m_catalogue->figurePath(), m_catalogue->figureCaption());
    bare.resize(m_view->size());
    const QImage unlabelled = bare.grab().toImage();
    const QRect room = m_view->tileRect(tileOf(QStringLiteral("categories/robotics"))).toAlignedRect().adjusted(4, 28, -4, -4);
    QVERIFY2(meanLightness(labelled, room) < meanLightness(unlabelled, room) - 0.02, "no label drawn");
    QVERIFY(meanLightness(unlabelled, room) > 0.9); // the image itself has no text there
}

void TestFigureMap::hoverHighlightsAndShowsSummary()
{
    const int tile = tileOf(QStringLiteral("categories/audio"));
    const QRect bounds = m_view->tileRect(tile).toAlignedRect();
    const QImage before = m_view->grab().toImage();
    QTest::mouseMove(m_view.get(), bounds.center());
    QTRY_COMPARE(m_view->hoveredTile(), tile);
    QCOMPARE(m_view->cursor().shape(), Qt::PointingHandCursor);
    QVERIFY(m_view->grab().toImage().copy(bounds) != before.copy(bounds));

    QHelpEvent help(QEvent::ToolTip, bounds.center(), m_view->mapToGlobal(bounds.center()));
    QCoreApplication::sendEvent(m_view.get(), &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QStringLiteral("Audio programming")));
    QVERIFY(QToolTip::text().contains(m_view->tileCategory(tile).summary.toHtmlEscaped()));
    QToolTip::hideText();

    QTest::mouseMove(m_view.get(), QPoint(m_view->width() / 2, 4));
    QTRY_COMPARE(m_view->hoveredTile(), -1);
}

void TestFigureMap::clickOpensCategory()
{
    QSignalSpy opened(m_view.get(), &FigureView::categoryActivated);
    QSignalSpy enlarged(m_view.get(), &FigureView::enlargeRequested);
    const int tile = tileOf(QStringLiteral("categories/webassembly"));
    QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, m_view->tileRect(tile).center().toPoint());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), QStringLiteral("categories/webassembly"));
    QCOMPARE(enlarged.count(), 0);
    QCOMPARE(m_view->currentTile(), tile);

    // Pressed on one tile and released on another: like a button, nothing happens.
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, m_view->tileRect(0).center().toPoint());
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, m_view->tileRect(1).center().toPoint());
    QCOMPARE(opened.count(), 1);
}

void TestFigureMap::openCategoryIsMarked()
{
    const int tile = tileOf(QStringLiteral("categories/blockchain"));
    const QImage before = m_view->grab().toImage();
    m_view->setOpenPage(QStringLiteral("categories/blockchain"));
    QVERIFY(m_view->isOpen(tile));
    QVERIFY(!m_view->isOpen(0));
    const QRect bounds = m_view->tileRect(tile).toAlignedRect();
    const QImage after = m_view->grab().toImage();
    // A ring in the highlight colour on the tile's edge.
    const QColor highlight = m_view->palette().color(QPalette::Highlight);
    const QColor edge = after.pixelColor(bounds.center().x(), bounds.top() + 2);
    QVERIFY2(qAbs(edge.hue() - highlight.hue()) < 12 && edge.saturation() > 100, qPrintable(edge.name()));
    QVERIFY(before.pixelColor(bounds.center().x(), bounds.top() + 2) != edge);

    // A page that is no category marks nothing.
    m_view->setOpenPage(QStringLiteral("audiences/students"));
    for (int other = 0; other < m_view->tileCount(); ++other)
        QVERIFY(!m_view->isOpen(other));
}

void TestFigureMap::audienceDimsOtherCategories()
{
    const int kept = tileOf(QStringLiteral("categories/robotics"));
    const int dimmed = tileOf(QStringLiteral("categories/blockchain"));
    const QImage before = m_view->grab().toImage();
    m_view->setDimmedPages({QStringLiteral("categories/blockchain")});
    QVERIFY(m_view->isDimmed(dimmed));
    QVERIFY(!m_view->isDimmed(kept));
    const QImage after = m_view->grab().toImage();
    const QRect dimRect = m_view->tileRect(dimmed).toAlignedRect().adjusted(6, 6, -6, -6);
    const QRect keptRect = m_view->tileRect(kept).toAlignedRect().adjusted(6, 6, -6, -6);
    QVERIFY(meanLightness(after, dimRect) > meanLightness(before, dimRect) + 0.02);
    QCOMPARE(after.copy(keptRect), before.copy(keptRect));

    // Said to assistive technology too.
    QAccessibleInterface *figure = QAccessible::queryAccessibleInterface(m_view.get());
    QVERIFY(figure->child(dimmed)->text(QAccessible::Description).contains(QStringLiteral("not among")));
    QVERIFY(!figure->child(kept)->text(QAccessible::Description).contains(QStringLiteral("not among")));

    m_view->setDimmedPages({});
    QVERIFY(!m_view->isDimmed(dimmed));
}

void TestFigureMap::arrowKeysMoveAndEnterOpens()
{
    m_view->setOpenPage(QStringLiteral("categories/robotics"));
    m_view->setFocus();
    QTRY_VERIFY(m_view->hasFocus());
    const int robotics = tileOf(QStringLiteral("categories/robotics"));
    QCOMPARE(m_view->currentTile(), robotics); // focus arrives on the open category
    const QRectF from = m_view->tileRect(robotics);

    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QVERIFY(m_view->tileRect(m_view->currentTile()).left() > from.right());
    QCOMPARE(m_view->tileRect(m_view->currentTile()).center().y(), from.center().y());
    QTest::keyClick(m_view.get(), Qt::Key_Down);
    QVERIFY(m_view->tileRect(m_view->currentTile()).top() > from.bottom());
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(m_view->currentTile(), 0);
    QTest::keyClick(m_view.get(), Qt::Key_Left); // nothing further left: stays
    QCOMPARE(m_view->currentTile(), 0);
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_view->currentTile(), m_view->tileCount() - 1);

    QSignalSpy opened(m_view.get(), &FigureView::categoryActivated);
    QTest::keyClick(m_view.get(), Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), m_view->tileCategory(m_view->tileCount() - 1).pageId);
    QTest::keyClick(m_view.get(), Qt::Key_Space);
    QCOMPARE(opened.count(), 2);
}

void TestFigureMap::accessibleTilesAreNamedAndPressable()
{
    QAccessibleInterface *figure = QAccessible::queryAccessibleInterface(m_view.get());
    QVERIFY(figure);
    QCOMPARE(figure->role(), QAccessible::List);
    QCOMPARE(figure->text(QAccessible::Name), QStringLiteral("Figure: ") + m_catalogue->figureCaption());
    QCOMPARE(figure->childCount(), m_view->tileCount());
    for (int index = 0; index < figure->childCount(); ++index) {
        QAccessibleInterface *tile = figure->child(index);
        QVERIFY(tile && tile->isValid());
        QCOMPARE(figure->child(index), tile); // the same interface each time
        QCOMPARE(figure->indexOfChild(tile), index);
        QCOMPARE(tile->parent(), figure);
        QCOMPARE(tile->role(), QAccessible::ListItem);
        QCOMPARE(tile->text(QAccessible::Name), m_view->tileCategory(index).title);
        QCOMPARE(tile->text(QAccessible::Description), m_view->tileCategory(index).summary);
        QVERIFY(tile->state().focusable);
        const QRect screen = tile->rect();
        QCOMPARE(figure->childAt(screen.center().x(), screen.center().y()), tile);
    }
    const int webassembly = tileOf(QStringLiteral("categories/webassembly"));
    QAccessibleInterface *tile = figure->child(webassembly);
    QSignalSpy opened(m_view.get(), &FigureView::categoryActivated);
    QAccessibleActionInterface *actions = tile->actionInterface();
    QVERIFY(actions);
    QVERIFY(actions->actionNames().contains(QAccessibleActionInterface::pressAction()));
    actions->doAction(QAccessibleActionInterface::pressAction());
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toString(), QStringLiteral("categories/webassembly"));

    m_view->setOpenPage(QStringLiteral("categories/webassembly"));
    QVERIFY(tile->state().selected);
    m_view->setFocus();
    QTRY_VERIFY(m_view->hasFocus());
    QCOMPARE(figure->focusChild(), tile);
    QVERIFY(tile->state().focused);
}

QTEST_MAIN(TestFigureMap)
#include "tst_figuremap.moc"
