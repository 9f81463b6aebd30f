// SPDX-License-Identifier: MIT
#include "bookmarkcontroller.h"

#include "bookmarkdialog.h"
#include "bookmarkmanager.h"
#include "content/catalogue.h"
#include "library/library.h"
#include "library/openpack.h"
#include "mainwindow.h"
#include "packopener.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QUrl>

BookmarkController::BookmarkController(const QString &path, std::function<Place()> currentPlace, QWidget *window)
    : QObject(window), m_store(path), m_currentPlace(std::move(currentPlace)), m_window(window),
      m_menu(new QMenu(tr("&Bookmarks"), window)), m_add(new QAction(tr("&Bookmark This Page\u2026"), this)),
      m_manage(new QAction(tr("&Manage Bookmarks\u2026"), this)), m_import(new QAction(tr("&Import Bookmarks\u2026"), this)),
      m_export(new QAction(tr("&Export Bookmarks\u2026"), this))
{
    m_menu->setObjectName(QStringLiteral("bookmarksMenu"));
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_manage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_add, &QAction::triggered, this, &BookmarkController::bookmarkThisPage);
    connect(m_manage, &QAction::triggered, this, &BookmarkController::manageBookmarks);
    connect(m_import, &QAction::triggered, this, &BookmarkController::importBookmarks);
    connect(m_export, &QAction::triggered, this, &BookmarkController::exportBookmarks);
    m_store.load(); // a failure is kept in store().error() for the window to show
    rebuildMenu();
}

BookmarkController *BookmarkController::attach(MainWindow &window, Library &library, const QString &path)
{
    const auto place = [&window] {
        const Catalogue &catalogue = window.currentPack()->catalogue();
        const Location location = window.currentLocation();
        const Page *page = catalogue.page(location.pageId);
        const bool bundled = window.currentPack()->root() == Library::bundledRoot();
        Place here{bundled ? QString() : window.currentPack()->root(), location, page ? page->title : location.pageId, {}};
        if (bundled) {
            here.href = QStringLiteral("atlas:") + location.toString();
        } else if (page) {
            QUrl url = QUrl::fromLocalFile(catalogue.filePath(page->path));
            url.setFragment(location.anchor);
            here.href = url.toString();
        }
        return here;
    };
    auto *controller = new BookmarkController(path, place, &window);
    QMenuBar *bar = window.menuBar();
    bar->insertMenu(bar->actions().isEmpty() ? nullptr : bar->actions().constLast(), controller->menu());
    connect(controller, &BookmarkController::statusMessage, &window,
            [&window](const QString &message) { window.statusBar()->showMessage(message, 8000); });
    connect(controller, &BookmarkController::openRequested, &window,
            [&window, &library](const QString &root, const Location &location) { openPlace(window, library, root, location); });
    if (!controller->store().error().isEmpty())
        window.statusBar()->showMessage(controller->store().error());
    return controller;
}

void BookmarkController::rebuildMenu()
{
    m_menu->clear();
    m_menu->addActions({m_add, m_manage});
    m_menu->addSeparator();
    m_menu->addActions({m_import, m_export});
    for (QAction *action : {m_add, m_manage, m_import})
        action->setEnabled(m_store.canSave());
    if (!m_store.canSave()) {
        // Said where the bookmarks would be, as long as the file stays unreadable.
        m_menu->addSeparator();
        m_menu->addAction(tr("The bookmarks file cannot be read"))->setEnabled(false);
        m_menu->actions().constLast()->setToolTip(m_store.error());
        return;
    }
    if (!m_store.root().children.empty())
        m_menu->addSeparator();
    const std::function<void(QMenu *, const BookmarkNode &)> fill = [&](QMenu *menu, const BookmarkNode &folder) {
        for (const auto &child : folder.children) {
            if (child->isFolder()) {
                fill(menu->addMenu(child->title), *child);
                continue;
            }
            QAction *open = menu->addAction(child->title);
            open->setToolTip(child->href);
            const QString pack = child->packRoot;
            const Location location = Location::fromString(child->pageId);
            connect(open, &QAction::triggered, this, [this, pack, location] { emit openRequested(pack, location); });
        }
    };
    fill(m_menu, m_store.root());
}

void BookmarkController::saveOrSay()
{
    if (!m_store.save())
        emit statusMessage(m_store.error());
    rebuildMenu();
}

void BookmarkController::addBookmark(const QString &title, BookmarkNode *folder)
{
    const Place place = m_currentPlace();
    if (!place.location.isValid() || !m_store.canSave())
        return;
    auto bookmark = std::make_unique<BookmarkNode>();
    bookmark->kind = BookmarkNode::Kind::Bookmark;
    bookmark->title = title.isEmpty() ? place.title : title;
    bookmark->href = place.href;
    bookmark->packRoot = place.packRoot;
    bookmark->pageId = place.location.toString();
    bookmark->added = QDateTime::currentDateTimeUtc();
    (folder ? folder : &m_store.root())->add(std::move(bookmark));
    saveOrSay();
    emit statusMessage(tr("Bookmarked \u201c%1\u201d").arg(title.isEmpty() ? place.title : title));
}

void BookmarkController::bookmarkThisPage()
{
    BookmarkDialog dialog(m_store.root(), m_currentPlace().title, m_window);
    if (dialog.exec() == QDialog::Accepted)
        addBookmark(dialog.title(), dialog.folder());
}

void BookmarkController::manageBookmarks()
{
    BookmarkManager manager(m_store, m_window);
    connect(&manager, &BookmarkManager::changed, this, &BookmarkController::saveOrSay);
    manager.exec();
}

void BookmarkController::importBookmarks()
{
    const QString file
        = QFileDialog::getOpenFileName(m_window, tr("Import Bookmarks"), QString(), tr("XBEL bookmarks (*.xbel *.xml);;All files (*)"));
    if (file.isEmpty())
        return;
    if (!m_store.importFile(file)) {
        emit statusMessage(m_store.error());
        return;
    }
    saveOrSay();
}

void BookmarkController::exportBookmarks()
{
    const QString file
        = QFileDialog::getSaveFileName(m_window, tr("Export Bookmarks"), QStringLiteral("bookmarks.xbel"), tr("XBEL bookmarks (*.xbel)"));
    if (!file.isEmpty())
        emit statusMessage(m_store.exportFile(file) ? tr("Bookmarks exported to %1").arg(file) : m_store.error());
}
