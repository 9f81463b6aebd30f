// SPDX-License-Identifier: MIT
// The window's views stay in step with the page shown, whichever way it was reached.
#include "content/catalogue.h"
#include "historycontroller.h"
#include "historydialog.h"
#include "library/library.h"
#include "mainwindow.h"
#include "packopener.h"
#include "pageview.h"
#include "windowsettings.h"
#include "windowtest.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

using namespace WindowTest;

class TestWindowNavigation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<MainWindow> m_window;
    QTreeView *m_tree = nullptr;
    QListView *m_grid = nullptr;

    QString gridTitle() const { return m_window->findChild<QLabel *>(QStringLiteral("gridTitle"))->text(); }
    QString treePage() const { return m_tree->currentIndex().data(ItemRole::PageId).toString(); }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_library = std::make_unique<Library>(*m_settings);
        m_window = std::make_unique<MainWindow>(*m_library, m_library->open(QStringLiteral(RUST_ATLAS_CONTENT_DIR)), *m_settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_tree = m_window->findChild<QTreeView *>(QStringLiteral("audienceTree"));
        m_grid = m_window->findChild<QListView *>(QStringLiteral("categoryGrid"));
    }

    void cleanup()
    {
        m_window.reset();
        m_library.reset();
        m_settings.reset();
    }

    // Students › a section → a tile → Home: home shows every category and the tree nothing.
    void homeClearsTheAudienceAndTheTree()
    {
        const QModelIndex students = findInTree(m_tree->model(), QStringLiteral("audiences/students"));
        m_tree->setCurrentIndex(m_tree->model()->index(2, 0, students)); // a section of the page
        QVERIFY(gridTitle().contains(QStringLiteral("Students")));
        QVERIFY(m_grid->model()->rowCount() < 24);
        QTest::mouseClick(m_grid->viewport(), Qt::LeftButton, {}, m_grid->visualRect(m_grid->model()->index(0, 0)).center());
        const QString tile = m_window->currentLocation().pageId;
        QVERIFY(tile.startsWith(QStringLiteral("categories/"))); // one click opened it
        QVERIFY(gridTitle().contains(QStringLiteral("Students"))); // the grid it was chosen from stays
        QCOMPARE(treePage(), tile); // the tree shows where the category is

        actionNamed(m_window.get(), QStringLiteral("Home"))->trigger();
        QCOMPARE(m_window->currentLocation().pageId, QStringLiteral("index"));
        QCOMPARE(m_window->windowTitle(), QStringLiteral("Rust Atlas")); // not "Rust Atlas — Rust Atlas"
        QCOMPARE(m_grid->model()->rowCount(), 24);
        QCOMPARE(gridTitle(), QStringLiteral("All categories (24)"));
        QVERIFY(!m_tree->currentIndex().isValid());
        QVERIFY(m_tree->selectionModel()->selectedIndexes().isEmpty());
    }

    void categoriesAreInTheTreeUnderTheirOverview()
    {
        const QModelIndex overview = findInTree(m_tree->model(), QStringLiteral("what-rust-is-used-for"));
        QCOMPARE(m_tree->model()->rowCount(overview), 24);
        const QModelIndex webassembly = findInTree(m_tree->model(), QStringLiteral("categories/webassembly"));
        QCOMPARE(webassembly.parent(), overview);
        QVERIFY(!m_tree->isExpanded(overview)); // the grid shows them; the tree stays short
        QVERIFY(m_tree->isExpanded(findInTree(m_tree->model(), QStringLiteral("who-rust-is-for"))));
        m_window->navigate({QStringLiteral("categories/robotics"), {}});
        QVERIFY(m_tree->isExpanded(overview)); // opened to show where the page is
        QCOMPARE(treePage(), QStringLiteral("categories/robotics"));
        m_tree->setCurrentIndex(webassembly);
        QCOMPARE(m_window->currentLocation().pageId, QStringLiteral("categories/webassembly"));
        QCOMPARE(m_grid->currentIndex().data(ItemRole::PageId).toString(), QStringLiteral("categories/webassembly"));
    }

    void gridShowsFocusAndArrowsMoveFromIt()
    {
        QVERIFY(!m_grid->currentIndex().isValid());
        m_grid->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(m_grid->hasFocus());
        QCOMPARE(m_grid->currentIndex(), m_grid->model()->index(0, 0)); // the focus mark is on a tile
        QTest::keyClick(m_grid, Qt::Key_Right);
        QCOMPARE(m_grid->currentIndex(), m_grid->model()->index(1, 0));
        QTest::keyClick(m_grid, Qt::Key_Return);
        QCOMPARE(m_window->currentLocation().pageId, m_grid->model()->index(1, 0).data(ItemRole::PageId).toString());
    }

    void backAndForwardArePlainInTheGoMenu()
    {
        QAction *back = actionNamed(m_window.get(), QStringLiteral("Back"));
        QAction *forward = actionNamed(m_window.get(), QStringLiteral("Forward"));
        QVERIFY(!back->menu());
        QVERIFY(!forward->menu());
        auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("navigationToolBar"));
        for (QAction *action : {back, forward}) {
            auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action));
            QVERIFY(button && button->menu());
            QCOMPARE(button->popupMode(), QToolButton::MenuButtonPopup);
        }

        // A page and its own section are one entry: Back leaves the page.
        m_window->navigate({QStringLiteral("audiences/students"), {}});
        m_window->navigate({QStringLiteral("audiences/students"), QStringLiteral("making-games")});
        back->trigger();
        QCOMPARE(m_window->currentLocation().pageId, QStringLiteral("index"));
        forward->trigger();
        QCOMPARE(m_window->currentLocation(), (Location{QStringLiteral("audiences/students"), QStringLiteral("making-games")}));
    }

    // The bundled atlas's pages copy as "atlas:" links, which --page opens.
    void bundledPagesCopyAsAtlasLinks()
    {
        const Catalogue bundled = Catalogue::load(Catalogue::bundledRoot());
        PageView view(bundled);
        QVERIFY(view.showPage(QStringLiteral("audiences/students")));
        QCOMPARE(view.linkToCopy(LinkTarget::page(QStringLiteral("categories/audio"))), QStringLiteral("atlas:categories/audio"));
    }

    void firstSizeFitsTheScreen()
    {
        const QRect available = m_window->screen()->availableGeometry();
        QVERIFY(m_window->width() <= available.width());
        QVERIFY(m_window->height() <= available.height());
        QCOMPARE(WindowSettings::firstSize(nullptr), QSize(1400, 880));
        const QSize fitted = WindowSettings::firstSize(m_window->screen());
        QVERIFY(fitted.width() <= available.width() && fitted.height() <= available.height());
    }

    void narrowGridNarrowsItsTiles()
    {
        m_window->resize(700, 600);
        QTRY_VERIFY(m_grid->viewport()->width() < 300);
        const QRect tile = m_grid->visualRect(m_grid->model()->index(0, 0));
        QVERIFY2(tile.right() <= m_grid->viewport()->width(), "a tile is cut off");
    }

    // Go › History: every page shown is a visit, newest first, and opening one goes back there.
    void historyRecordsAndReopens()
    {
        HistoryController controller(*m_window, *m_library, *m_settings);
        QCOMPARE(controller.showAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_H));
        QVERIFY(m_window->findChild<QMenu *>(QStringLiteral("goMenu"))->actions().contains(controller.showAction()));
        m_window->navigate({QStringLiteral("categories/audio"), {}});
        m_window->navigate({QStringLiteral("audiences/students"), {}});
        QCOMPARE(controller.history().visits().first().location.pageId, QStringLiteral("audiences/students"));
        QCOMPARE(controller.history().visits().at(1).location.pageId, QStringLiteral("categories/audio"));

        HistoryDialog dialog(controller.history(), m_window.get());
        dialog.filter()->setText(QStringLiteral("audio"));
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        connect(&dialog, &HistoryDialog::openRequested, this,
                [this](const QString &root, const Location &location) { openPlace(*m_window, *m_library, root, location); });
        emit dialog.list()->itemActivated(dialog.list()->topLevelItem(0), 0);
        QCOMPARE(m_window->currentLocation().pageId, QStringLiteral("categories/audio"));
        dialog.clearHistory();
        QCOMPARE(dialog.list()->topLevelItemCount(), 0);
        QVERIFY(controller.history().visits().isEmpty());
    }
};

QTEST_MAIN(TestWindowNavigation)
#include "tst_windownavigation.moc"
