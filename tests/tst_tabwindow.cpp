// SPDX-License-Identifier: MIT
// Tabs in the window: keys, each tab's own history and zoom, a middle click opening a link in
// the background, closing and reopening, and the tabs coming back on the next start.
#include "findbar.h"
#include "library/library.h"
#include "mainwindow.h"
#include "pageview.h"
#include "tabcontroller.h"
#include "windowtest.h"

#include <QListView>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestTabWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<MainWindow> m_window;
    TabController *m_tabs = nullptr;

    void openWindow()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_library = std::make_unique<Library>(*m_settings);
        m_window = std::make_unique<MainWindow>(*m_library, m_library->open(QStringLiteral(RUST_ATLAS_CONTENT_DIR)), *m_settings);
        m_tabs = new TabController(*m_window, *m_library, *m_settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void closeWindow()
    {
        m_tabs->save();
        m_window.reset();
        m_library.reset();
        m_settings.reset();
    }

    QString page() const { return m_window->currentLocation().pageId; }
    PageView *pageView() const { return m_window->findChild<PageView *>(QStringLiteral("pageView")); }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        openWindow();
    }

    void cleanup() { closeWindow(); }

    void oneTabHidesTheBar()
    {
        QCOMPARE(m_tabs->tabs().count(), 1);
        QVERIFY(!m_tabs->bar()->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(m_tabs->tabs().count(), 2);
        QVERIFY(m_tabs->bar()->isVisible());
        QCOMPARE(m_tabs->bar()->currentIndex(), 1);
    }

    void eachTabKeepsItsPlaceHistoryAndZoom()
    {
        m_window->navigate({QStringLiteral("categories/audio"), {}});
        m_window->navigate({QStringLiteral("categories/robotics"), {}});
        pageView()->setZoomPercent(150);
        m_tabs->newTab(); // the pack's home
        QCOMPARE(page(), QStringLiteral("index"));
        m_window->navigate({QStringLiteral("audiences/students"), {}});
        QVERIFY(pageView()->zoomPercent() != 0);
        QTest::keyClick(m_window.get(), Qt::Key_PageUp, Qt::ControlModifier); // back to the first tab
        QCOMPARE(page(), QStringLiteral("categories/robotics"));
        QCOMPARE(pageView()->zoomPercent(), 150);
        QVERIFY(m_window->currentPack()->history().canGoBack());
        QCOMPARE(m_window->currentPack()->history().go(-1).pageId, QStringLiteral("categories/audio")); // its own history
        auto *find = m_window->findChild<FindBar *>();
        find->restore(QStringLiteral("robot")); // this tab looks for something
        QTest::keyClick(m_window.get(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(page(), QStringLiteral("audiences/students"));
        QVERIFY(find->query().isEmpty()); // the other did not
        QTest::keyClick(m_window.get(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(find->query(), QStringLiteral("robot"));
        QTest::keyClick(m_window.get(), Qt::Key_Tab, Qt::ControlModifier);
        QCOMPARE(m_window->currentPack()->history().go(-1).pageId, QStringLiteral("index"));
    }

    void middleClickOpensALinkBehind()
    {
        m_window->navigate({QStringLiteral("audiences/students"), {}});
        const QPoint link = WindowTest::linkPosition(pageView(), QStringLiteral("categories/"));
        QVERIFY(link.x() >= 0);
        const QString target = pageView()->anchorAt(link);
        QTest::mouseClick(pageView()->viewport(), Qt::MiddleButton, {}, link);
        QCOMPARE(page(), QStringLiteral("audiences/students")); // still here
        QCOMPARE(m_tabs->tabs().count(), 2);
        QVERIFY2(target.contains(m_tabs->tabs().tab(1).history.current().pageId.section(u'/', -1)), qPrintable(target));
        QTest::mouseClick(pageView()->viewport(), Qt::LeftButton, Qt::ControlModifier, link);
        QCOMPARE(m_tabs->tabs().count(), 3);
        QCOMPARE(page(), QStringLiteral("audiences/students"));
    }

    void middleClickOnATileOrTreeItemToo()
    {
        auto *grid = m_window->findChild<QListView *>(QStringLiteral("categoryGrid"));
        const QModelIndex tile = grid->model()->index(0, 0);
        QTest::mouseClick(grid->viewport(), Qt::MiddleButton, {}, grid->visualRect(tile).center());
        QCOMPARE(m_tabs->tabs().count(), 2);
        QCOMPARE(m_tabs->tabs().tab(1).history.current().pageId, tile.data(ItemRole::PageId).toString());
        QCOMPARE(page(), QStringLiteral("index")); // nothing else moved
        auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("audienceTree"));
        const QModelIndex students = WindowTest::findInTree(tree->model(), QStringLiteral("audiences/students"));
        tree->expand(students.parent());
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, Qt::ControlModifier, tree->visualRect(students).center());
        QCOMPARE(m_tabs->tabs().count(), 3);
        QCOMPARE(m_tabs->tabs().tab(2).history.current().pageId, QStringLiteral("audiences/students")); // after the first
        QCOMPARE(page(), QStringLiteral("index"));
    }

    void closeReopenAndDuplicate()
    {
        m_window->navigate({QStringLiteral("categories/audio"), {}});
        m_tabs->duplicateTab(0);
        QCOMPARE(m_tabs->tabs().count(), 2);
        m_window->navigate({QStringLiteral("categories/security"), {}});
        QTest::keyClick(m_window.get(), Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(m_tabs->tabs().count(), 1);
        QCOMPARE(page(), QStringLiteral("categories/audio"));
        QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_tabs->tabs().count(), 2);
        QCOMPARE(page(), QStringLiteral("categories/security"));
        m_tabs->closeOtherTabs(1);
        QCOMPARE(m_tabs->tabs().count(), 1);
        m_tabs->closeTab(0); // the last: the home page in a fresh tab
        QCOMPARE(m_tabs->tabs().count(), 1);
        QCOMPARE(page(), QStringLiteral("index"));
    }

    void tabsComeBackOnTheNextStart()
    {
        m_window->navigate({QStringLiteral("categories/audio"), {}});
        m_tabs->newTab();
        m_window->navigate({QStringLiteral("audiences/teams"), {}});
        closeWindow();
        openWindow();
        QCOMPARE(m_tabs->tabs().count(), 2);
        QCOMPARE(m_tabs->bar()->currentIndex(), 1);
        QCOMPARE(page(), QStringLiteral("audiences/teams"));
        QCOMPARE(m_tabs->bar()->tabText(0), QStringLiteral("Audio programming"));
    }
};

QTEST_MAIN(TestTabWindow)
#include "tst_tabwindow.moc"
