// SPDX-License-Identifier: MIT
#include "categorypane.h"
#include "comparedialog.h"
#include "content/catalogue.h"
#include "figureview.h"
#include "findbar.h"
#include "library/library.h"
#include "library/openpack.h"
#include "mainwindow.h"
#include "matrixdialog.h"
#include "models/itemroles.h"
#include "pageview.h"
#include "windowtest.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>

using namespace WindowTest;

/// The atlas from the source tree in a shown window, with settings in \a settingsFile.
struct AtlasWindow
{
    explicit AtlasWindow(const QString &settingsFile)
        : settings(settingsFile, QSettings::IniFormat), library(settings),
          window(library, library.open(QStringLiteral(RUST_ATLAS_CONTENT_DIR)), settings)
    {
        window.show();
    }
    QSettings settings;
    Library library;
    MainWindow window;
};

class TestMainWindow : public QObject
{
    Q_OBJECT

    const Catalogue m_catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
    QTemporaryDir m_dir;

    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private slots:
    void init() { QFile::remove(settingsFile()); }

    void opensHomeWithTreeGridAndFigure()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Library library(settings);
        MainWindow window(library, library.open(QStringLiteral(RUST_ATLAS_CONTENT_DIR)), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("index"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Rust Atlas")));
        QCOMPARE(window.findChild<QListView *>(QStringLiteral("categoryGrid"))->model()->rowCount(), 24);
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("figureView"))->isVisible());
        QVERIFY(window.findChild<QTreeView *>(QStringLiteral("audienceTree"))->model()->rowCount() >= 2);
    }

    void choosingAnAudienceFiltersTheGrid()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Library library(settings);
        MainWindow window(library, library.open(QStringLiteral(RUST_ATLAS_CONTENT_DIR)), settings);
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("audienceTree"));
        auto *grid = window.findChild<QListView *>(QStringLiteral("categoryGrid"));
        const QModelIndex students = findInTree(tree->model(), QStringLiteral("audiences/students"));
        QVERIFY(students.isValid());
        tree->setCurrentIndex(students);
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("audiences/students"));
        QCOMPARE(grid->model()->rowCount(), int(m_catalogue.relatedCategories(QStringLiteral("audiences/students")).size()));
        QVERIFY(grid->model()->rowCount() < 24);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("gridTitle"))->text().contains(QStringLiteral("Students")));
        tree->setCurrentIndex(tree->model()->index(0, 0)); // the overview: all categories again
        QCOMPARE(grid->model()->rowCount(), 24);
    }

    // The figure as a map in the window: its tiles open pages, show the open one and follow the audience.
    void theFigureFollowsAndOpensCategories()
    {
        AtlasWindow atlas(settingsFile());
        MainWindow &window = atlas.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *figure = window.findChild<FigureView *>(QStringLiteral("figureView"));
        QCOMPARE(figure->tileCount(), 24);
        int robotics = -1;
        for (int tile = 0; tile < figure->tileCount(); ++tile)
            robotics = figure->tileCategory(tile).pageId == QStringLiteral("categories/robotics") ? tile : robotics;
        QTest::mouseClick(figure, Qt::LeftButton, {}, figure->tileRect(robotics).center().toPoint());
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("categories/robotics"));
        QVERIFY(figure->isOpen(robotics));

        // Students care about fewer categories: the others are dimmed, exactly those the grid leaves out.
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("audienceTree"));
        tree->setCurrentIndex(findInTree(tree->model(), QStringLiteral("audiences/students")));
        const QStringList related = m_catalogue.relatedCategories(QStringLiteral("audiences/students"));
        for (int tile = 0; tile < figure->tileCount(); ++tile)
            QCOMPARE(figure->isDimmed(tile), !related.contains(figure->tileCategory(tile).pageId));
        QVERIFY(!figure->isOpen(robotics)); // an audience page is open now
        tree->setCurrentIndex(tree->model()->index(0, 0));
        for (int tile = 0; tile < figure->tileCount(); ++tile)
            QVERIFY(!figure->isDimmed(tile));
    }

    // View › Audiences × Categories: a click on a mark opens that category, as a tile does.
    void theMatrixOpensACategory()
    {
        AtlasWindow atlas(settingsFile());
        MainWindow &window = atlas.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *matrix = WindowTest::actionNamed(&window, QStringLiteral("Audiences \u00d7 Categories\u2026"));
        QVERIFY(matrix->isVisible());
        matrix->trigger();
        auto *dialog = window.findChild<MatrixDialog *>(QStringLiteral("matrixDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QTableView *table = dialog->table();
        QCOMPARE(table->model()->rowCount(), 24); // categories down the side
        QCOMPARE(table->model()->columnCount(), 4);
        QModelIndex mark;
        for (int row = 0; row < table->model()->rowCount() && !mark.isValid(); ++row) {
            if (!table->model()->index(row, 1).data().toString().isEmpty())
                mark = table->model()->index(row, 1); // a category the students' page links
        }
        QVERIFY(mark.isValid());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(mark).center());
        QCOMPARE(window.currentLocation().pageId, mark.data(ItemRole::PageId).toString());
    }

    // Ctrl+click on a second tile, or "Compare … With" on a tile's menu: two pages side by side.
    void twoTilesCompareSideBySide()
    {
        AtlasWindow atlas(settingsFile());
        MainWindow &window = atlas.window;
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *grid = window.findChild<QListView *>(QStringLiteral("categoryGrid"));
        const QModelIndex first = grid->model()->index(0, 0), second = grid->model()->index(1, 0);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(first).center());
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, Qt::ControlModifier, grid->visualRect(second).center());
        auto *dialog = window.findChild<CompareDialog *>(QStringLiteral("compareDialog"));
        QVERIFY(dialog && dialog->isVisible());
        const QString text = dialog->browser()->toPlainText();
        QVERIFY(text.contains(first.data(ItemRole::Title).toString()));
        QVERIFY(text.contains(second.data(ItemRole::Title).toString()));
        dialog->close();

        auto *pane = window.findChild<CategoryPane *>();
        QMenu *menu = pane->compareMenu(first.data(ItemRole::PageId).toString());
        QAction *with = menu->actions().first()->menu()->actions().last(); // the last category
        with->trigger();
        QTRY_VERIFY(window.findChild<CompareDialog *>(QStringLiteral("compareDialog")));
        delete menu;
    }

    void activatingATileOpensItsPage()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Library library(settings);
        MainWindow window(library, library.open(QStringLiteral(RUST_ATLAS_CONTENT_DIR)), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *grid = window.findChild<QListView *>(QStringLiteral("categoryGrid"));
        grid->setFocus();
        grid->setCurrentIndex(grid->model()->index(3, 0));
        const QString expected = grid->model()->index(3, 0).data(ItemRole::PageId).toString();
        QTest::keyClick(grid, Qt::Key_Return);
        QCOMPARE(window.currentLocation().pageId, expected);
        QVERIFY(window.windowTitle().startsWith(m_catalogue.page(expected)->title));
    }

    void clickingALinkNavigatesAndBackReturns()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Library library(settings);
        MainWindow window(library, library.open(QStringLiteral(RUST_ATLAS_CONTENT_DIR)), settings);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<PageView *>(QStringLiteral("pageView"));
        const QPoint position = linkPosition(page, QStringLiteral("ra-page:who-rust-is-for"));
        QVERIFY(position.x() >= 0);
        QTest::mouseClick(page->viewport(), Qt::LeftButton, {}, position);
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("who-rust-is-for"));
        QAction *back = actionNamed(&window, QStringLiteral("Back"));
        QVERIFY(back->isEnabled());
        back->trigger();
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("index"));
        QCOMPARE(page->pageId(), QStringLiteral("index"));
        actionNamed(&window, QStringLiteral("Forward"))->trigger();
        QCOMPARE(page->pageId(), QStringLiteral("who-rust-is-for"));
    }

    void findCountsTheMatchesOfAWord()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Library library(settings);
        MainWindow window(library, library.open(QStringLiteral(RUST_ATLAS_CONTENT_DIR)), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.navigate({QStringLiteral("categories/webassembly"), {}});
        auto *page = window.findChild<PageView *>(QStringLiteral("pageView"));
        const int expected = int(page->toPlainText().count(QStringLiteral("browser"), Qt::CaseInsensitive));
        QVERIFY(expected >= 2);
        actionNamed(&window, QStringLiteral("Find in Page\u2026"))->trigger();
        auto *field = window.findChild<QLineEdit *>(QStringLiteral("findField"));
        QVERIFY(field->isVisible());
        QTest::keyClicks(field, QStringLiteral("browser"));
        auto *findBar = window.findChild<FindBar *>();
        QCOMPARE(findBar->matchCount(), expected);
        QCOMPARE(findBar->currentMatch(), 1);
        QTest::keyClick(field, Qt::Key_Escape);
        QVERIFY(!field->isVisible());
    }

    void zoomAndSettingsRoundTrip()
    {
        QSize size;
        QList<int> splitterSizes;
        {
            QSettings settings(settingsFile(), QSettings::IniFormat);
            Library library(settings);
            MainWindow window(library, library.open(QStringLiteral(RUST_ATLAS_CONTENT_DIR)), settings);
            window.resize(1111, 777);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            actionNamed(&window, QStringLiteral("Zoom In"))->trigger();
            actionNamed(&window, QStringLiteral("Zoom In"))->trigger();
            QCOMPARE(window.findChild<PageView *>()->zoomPercent(), 120);
            window.navigate({QStringLiteral("audiences/teams"), {}});
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({300, 400, 411});
            splitterSizes = splitter->sizes();
            size = window.size();
            window.close();
        }
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Library library(settings);
        MainWindow window(library, library.open(QStringLiteral(RUST_ATLAS_CONTENT_DIR)), settings);
        QCOMPARE(window.findChild<PageView *>()->zoomPercent(), 120);
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("audiences/teams"));
        QCOMPARE(window.size(), size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), splitterSizes);
        actionNamed(&window, QStringLiteral("Actual Size"))->trigger();
        QCOMPARE(window.findChild<PageView *>()->zoomPercent(), 100);
    }

    void externalLinksOpenOnlyForSafeSchemes()
    {
        QTemporaryDir pack;
        QFile page(pack.filePath(QStringLiteral("index.md")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("# Links\n\n[web](https://www.rust-lang.org/) [ftp](ftp://example.org/f) [js](javascript:alert(1))\n");
        page.close();
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Library library(settings);
        MainWindow window(library, library.open(pack.path()), settings);
        QList<QUrl> opened;
        window.setUrlOpener([&opened](const QUrl &url) {
            opened << url;
            return true;
        });
        auto *view = window.findChild<PageView *>();
        emit view->anchorClicked(QUrl(QStringLiteral("ftp://example.org/f")));
        emit view->anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
        QVERIFY(opened.isEmpty());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("only http, https and mailto")));
        emit view->anchorClicked(QUrl(QStringLiteral("https://www.rust-lang.org/")));
        QCOMPARE(opened, QList<QUrl>{QUrl(QStringLiteral("https://www.rust-lang.org/"))});
    }

    void missingImageShowsAPlaceholder()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Library library(settings);
        MainWindow window(library, library.open(QStringLiteral(RUST_ATLAS_TEST_DATA "/broken-pack")), settings);
        window.navigate({QStringLiteral("audiences/makers"), {}});
        auto *view = window.findChild<PageView *>();
        const auto imageAt = [view](const char *source) {
            return view->document()->resource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(source))).value<QImage>();
        };
        QCOMPARE(imageAt("../bench.png").size(), QSize(360, 64)); // the placeholder
        // A real image outside the pack is refused, not read: the placeholder again.
        const QString outside = QStringLiteral(RUST_ATLAS_CONTENT_DIR "/figures/rust-categories.svg");
        QVERIFY(QFile::exists(outside));
        QCOMPARE(imageAt("../../../../content/figures/rust-categories.svg").size(), QSize(360, 64));
    }

    void aBookShowsItsContentsInReadingOrder()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Library library(settings);
        MainWindow window(library, library.open(QStringLiteral(RUST_ATLAS_TEST_DATA "/book")), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A book speaks of contents, not audiences, and gives the page the room of the grid.
        auto *tree = window.findChild<QTreeView *>(QStringLiteral("audienceTree"));
        QCOMPARE(tree->accessibleName(), QStringLiteral("Contents"));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("categoryGrid"))->isVisible());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("packLabel"))->text().contains(QStringLiteral("Ferris Field Notes")));
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("readme"));

        // Numbered chapters show their numbers; parts and drafts cannot be opened.
        const QModelIndex part = tree->model()->index(1, 0);
        QCOMPARE(part.data().toString(), QStringLiteral("Getting Going"));
        QVERIFY(!(tree->model()->flags(part) & Qt::ItemIsSelectable));
        QCOMPARE(tree->model()->index(0, 0, part).data().toString(), QStringLiteral("1. First Steps"));
        QVERIFY(!(tree->model()->flags(tree->model()->index(2, 0, part)) & Qt::ItemIsEnabled)); // the draft

        QAction *next = actionNamed(&window, QStringLiteral("Next Page"));
        QAction *previous = actionNamed(&window, QStringLiteral("Previous Page"));
        QVERIFY(next->isVisible());
        QVERIFY(!previous->isEnabled());
        next->trigger();
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("first-steps"));
        QVERIFY(previous->isEnabled());
        next->trigger();
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("first-steps/ownership"));
        previous->trigger();
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("first-steps"));

        // The page ends with the way on; following it opens the next chapter.
        auto *page = window.findChild<PageView *>(QStringLiteral("pageView"));
        QVERIFY(page->toPlainText().contains(QStringLiteral("Next: Ownership")));
        const QPoint link = linkPosition(page, QStringLiteral("ra-page:first-steps/ownership"));
        QVERIFY(link.x() >= 0);
        QTest::mouseClick(page->viewport(), Qt::LeftButton, {}, link);
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("first-steps/ownership"));
    }

    void theAtlasHasNoReadingOrderActions()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Library library(settings);
        MainWindow window(library, library.open(QStringLiteral(RUST_ATLAS_CONTENT_DIR)), settings);
        QVERIFY(!actionNamed(&window, QStringLiteral("Next Page"))->isVisible());
        QVERIFY(!window.findChild<PageView *>(QStringLiteral("pageView"))->toPlainText().contains(QStringLiteral("Next:")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
