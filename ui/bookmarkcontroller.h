// SPDX-License-Identifier: MIT
#pragma once

#include "bookmarks/bookmarkstore.h"
#include "navigation/location.h"

#include <QObject>
#include <QString>

#include <functional>

class Library;
class MainWindow;
class QAction;
class QMenu;
class QWidget;

/// The Bookmarks menu and what it does: Bookmark This Page (Ctrl+D), Manage Bookmarks,
/// import and export, and every folder and bookmark as a submenu or an entry that opens it.
/// Saves after each change; a bookmarks file that cannot be read is reported once (the menu
/// says so too) and never written over.
class BookmarkController final : public QObject
{
    Q_OBJECT

public:
    /// Where the window is: the pack (empty for the bundled atlas), its page and title.
    struct Place
    {
        QString packRoot;
        Location location;
        QString title;
        QString href; ///< what other programs can open: atlas:ID or the page's file:// URL
    };

    BookmarkController(const QString &path, std::function<Place()> currentPlace, QWidget *window);
    /// Gives \a window a Bookmarks menu (before Help) over the user's bookmarks at \a path,
    /// opening a bookmark's pack from \a library when it is not on screen.
    static BookmarkController *attach(MainWindow &window, Library &library, const QString &path = BookmarkStore::defaultPath());

    QMenu *menu() const { return m_menu; }
    BookmarkStore &store() { return m_store; }
    /// Adds a bookmark to the current place in \a folder (the top level when null).
    void addBookmark(const QString &title, BookmarkNode *folder = nullptr);

public slots:
    void bookmarkThisPage();
    void manageBookmarks();
    void importBookmarks();
    void exportBookmarks();

signals:
    /// A bookmark was chosen: show \a location of the pack at \a packRoot (the atlas when empty).
    void openRequested(const QString &packRoot, const Location &location);
    void statusMessage(const QString &message);

private:
    void rebuildMenu();
    void saveOrSay();

    BookmarkStore m_store;
    std::function<Place()> m_currentPlace;
    QWidget *m_window;
    QMenu *m_menu;
    QAction *m_add;
    QAction *m_manage;
    QAction *m_import;
    QAction *m_export;
};
