// SPDX-License-Identifier: MIT
#pragma once

#include "library/openpack.h"

#include <QMainWindow>

#include <functional>

class AudienceTreeModel;
class BrowserActions;
class CategoryPane;
class FindBar;
class Library;
class LibraryPane;
class Navigator;
class OutlineModel;
class PackStatus;
class PageView;
class PrintController;
class QLabel;
class QListView;
class QSettings;
class QSplitter;
class QTreeView;
class SearchIndex;
class SearchPanel;

/// The browser window: the library, the pack's tree and the outline on the left, an atlas's
/// figure and category grid in the centre, the page on the right. The library owns the packs;
/// the window shows one at a time and its views rebind when the reader switches, each pack
/// keeping its own history and place. Every way of navigating goes through navigate(), which
/// keeps tree, grid, outline, page and history in step.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    /// Shows \a pack, one of \a library's. \a settings keeps geometry, splitter sizes, the last
    /// page and the zoom between runs.
    MainWindow(Library &library, OpenPack *pack, QSettings &settings, QWidget *parent = nullptr);

    /// Opens the folder at \a root (loading it when the library has not yet) and shows it at
    /// the reader's last place in it. False, with a message, when the folder is gone.
    bool openPack(const QString &root);
    /// Closes the pack at \a root; when it is on screen, the atlas takes its place.
    void closePack(const QString &requested);
    void showPack(OpenPack *pack);
    OpenPack *currentPack() const { return m_pack; }

    void navigate(const Location &location);
    Location currentLocation() const { return m_pack->history().current(); }
    /// Replaces the system browser, for tests.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    void saveSettings();
    /// Builds or updates the current pack's search index on a worker thread, with progress in
    /// the status bar; called by itself after the first frame.
    void startIndexing();
    SearchIndex &searchIndex() const { return m_pack->searchIndex(); }
    LibraryPane *libraryPane() const { return m_libraryPane; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    const Catalogue &catalogue() const { return m_pack->catalogue(); }
    NavigationHistory &history() const { return m_pack->history(); }
    void buildLayout();
    void createActions();
    void connectViews();
    void placeCategoryPane();
    void bindViews();
    void returnToPlace();
    void adaptToKind();
    void restoreSettings();
    void openExternal(const QUrl &url);

    Library &m_library;
    OpenPack *m_pack;
    QSettings &m_settings;
    UrlOpener m_openUrl;
    QMetaObject::Connection m_reloaded;
    QString m_waitingFor; ///< The folder the reader asked to open, being read.

    AudienceTreeModel *m_treeModel;
    OutlineModel *m_outlineModel;

    LibraryPane *m_libraryPane;
    QTreeView *m_tree;
    QLabel *m_treeTitle = nullptr;
    QListView *m_outline;
    CategoryPane *m_categoryPane = nullptr;
    const Catalogue *m_categoryCatalogue = nullptr;
    PageView *m_page;
    FindBar *m_findBar;
    SearchPanel *m_searchPanel;
    PackStatus *m_packStatus;
    QSplitter *m_mainSplitter;
    QSplitter *m_leftSplitter;

    BrowserActions *m_actions;
    PrintController *m_print;
    Navigator *m_navigator;
};
