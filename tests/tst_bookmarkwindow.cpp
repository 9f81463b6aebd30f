// SPDX-License-Identifier: MIT
// Bookmarks in the window: Bookmark This Page, the Bookmarks menu opening them again, the
// manager's delete and undo, and an unreadable bookmarks file that stays as it was.
#include "bookmarkcontroller.h"
#include "bookmarkmanager.h"
#include "library/library.h"
#include "mainwindow.h"

#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestBookmarkWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<MainWindow> m_window;
    BookmarkController *m_bookmarks = nullptr;

    QString bookmarksFile() const { return m_dir.filePath(QStringLiteral("bookmarks.xbel")); }

    QAction *menuEntry(const QString &text) const
    {
        for (QAction *action : m_bookmarks->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
        return nullptr;
    }

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_library = std::make_unique<Library>(*m_settings);
        // The bundled atlas, as the program opens it: its bookmarks are atlas: links.
        m_window = std::make_unique<MainWindow>(*m_library, m_library->open(Library::bundledRoot()), *m_settings);
        m_bookmarks = BookmarkController::attach(*m_window, *m_library, bookmarksFile());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_library.reset();
        m_settings.reset();
        QFile::remove(bookmarksFile());
    }

    void menuSitsBeforeHelp()
    {
        const QList<QAction *> menus = m_window->menuBar()->actions();
        QVERIFY(menus.size() >= 2);
        QCOMPARE(menus.at(menus.size() - 2)->menu(), m_bookmarks->menu());
        QCOMPARE(m_bookmarks->menu()->actions().first()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
    }

    void bookmarkLeadsBackToItsPage()
    {
        m_window->navigate({QStringLiteral("categories/audio"), QStringLiteral("why-rust-fits")});
        m_bookmarks->addBookmark(QStringLiteral("Sound"));
        QCOMPARE(m_bookmarks->store().root().bookmarkCount(), 1);
        const BookmarkNode &saved = *m_bookmarks->store().root().children.front();
        QCOMPARE(saved.pageId, QStringLiteral("categories/audio#why-rust-fits"));
        QCOMPARE(saved.href, QStringLiteral("atlas:categories/audio#why-rust-fits"));
        QVERIFY(saved.packRoot.isEmpty()); // the bundled atlas, wherever the program is installed
        QVERIFY(QFile::exists(bookmarksFile())); // saved at once

        m_window->navigate({QStringLiteral("index"), {}});
        QAction *entry = menuEntry(QStringLiteral("Sound"));
        QVERIFY(entry);
        entry->trigger();
        QCOMPARE(m_window->currentLocation().pageId, QStringLiteral("categories/audio"));
        QCOMPARE(m_window->currentLocation().anchor, QStringLiteral("why-rust-fits"));
    }

    void managerDeletesAndUndoes()
    {
        m_window->navigate({QStringLiteral("categories/audio"), {}});
        m_bookmarks->addBookmark(QStringLiteral("One"));
        m_bookmarks->addBookmark(QStringLiteral("Two"));
        BookmarkManager manager(m_bookmarks->store());
        int changes = 0;
        connect(&manager, &BookmarkManager::changed, this, [&changes] { ++changes; });
        QCOMPARE(manager.tree()->topLevelItemCount(), 2);
        manager.tree()->topLevelItem(0)->setSelected(true);
        manager.deleteSelected();
        QCOMPARE(m_bookmarks->store().root().bookmarkCount(), 1);
        QCOMPARE(m_bookmarks->store().root().children.front()->title, QStringLiteral("Two"));
        manager.tree()->topLevelItem(0)->setText(0, QStringLiteral("Second")); // a rename
        QCOMPARE(m_bookmarks->store().root().children.front()->title, QStringLiteral("Second"));
        manager.undo();
        QCOMPARE(m_bookmarks->store().root().children.front()->title, QStringLiteral("Two"));
        manager.undo();
        QCOMPARE(m_bookmarks->store().root().bookmarkCount(), 2);
        QCOMPARE(m_bookmarks->store().root().children.front()->title, QStringLiteral("One"));
        QCOMPARE(changes, 4);
    }

    // The manager shows folders with their bookmarks, and where each leads. With
    // RUST_ATLAS_SCREENSHOT_DIR set (packaging/screenshots.sh), it is also saved as a picture.
    void managerShowsFoldersAndBookmarks()
    {
        auto reading = std::make_unique<BookmarkNode>();
        reading->title = QStringLiteral("To read this week");
        m_bookmarks->store().root().add(std::move(reading));
        BookmarkNode *folder = m_bookmarks->store().root().children.back().get();
        m_window->navigate({QStringLiteral("categories/webassembly"), {}});
        m_bookmarks->addBookmark(QStringLiteral("WebAssembly"), folder);
        m_window->navigate({QStringLiteral("categories/embedded-bare-metal"), QStringLiteral("why-rust-fits")});
        m_bookmarks->addBookmark(QStringLiteral("Bare metal: why Rust fits"), folder);
        m_window->navigate({QStringLiteral("audiences/students"), {}});
        m_bookmarks->addBookmark(QStringLiteral("Students"));
        BookmarkManager manager(m_bookmarks->store(), m_window.get());
        manager.show();
        QVERIFY(QTest::qWaitForWindowExposed(&manager));
        QCOMPARE(manager.tree()->topLevelItemCount(), 2);
        QCOMPARE(manager.tree()->topLevelItem(0)->childCount(), 2);
        QVERIFY(manager.tree()->topLevelItem(0)->isExpanded());
        QVERIFY(manager.tree()->topLevelItem(0)->child(1)->text(1).endsWith(QStringLiteral("#why-rust-fits")));
        QVERIFY(menuEntry(QStringLiteral("Students")));
        if (const QString dir = qEnvironmentVariable("RUST_ATLAS_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(manager.grab().save(dir + QStringLiteral("/bookmarks.png")));
    }

    void unreadableFileIsSaidAndKept()
    {
        const QByteArray broken = "<xbel version=\"1.0\"><folder><title>Mine";
        {
            QFile file(bookmarksFile());
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(broken);
        }
        BookmarkController *again = BookmarkController::attach(*m_window, *m_library, bookmarksFile());
        QVERIFY(!again->store().canSave());
        bool said = false;
        for (QAction *action : again->menu()->actions())
            said = said || (action->text().contains(QStringLiteral("cannot be read")) && !action->isEnabled());
        QVERIFY(said);
        QVERIFY(!again->menu()->actions().first()->isEnabled()); // Bookmark This Page
        m_window->navigate({QStringLiteral("categories/audio"), {}});
        again->addBookmark(QStringLiteral("Lost?"));
        QFile file(bookmarksFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), broken);
    }
};

QTEST_MAIN(TestBookmarkWindow)
#include "tst_bookmarkwindow.moc"
