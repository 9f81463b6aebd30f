// SPDX-License-Identifier: MIT
#pragma once

#include "navigation/navigationhistory.h"

#include <QMainWindow>

#include <functional>

class AudienceTreeModel;
class BrowserActions;
class Catalogue;
class CategoryPane;
class FindBar;
class OutlineModel;
class PageView;
class PrintController;
class QProgressBar;
class IndexingThread;
class SearchIndex;
class SearchPanel;
class QLabel;
class QListView;
class QSettings;
class QSplitter;
class QTreeView;

/// The browser window: audience tree and outline on the left, the figure and category grid in
/// the centre, the page on the right. Every way of navigating goes through navigate(), which
/// keeps tree, grid, outline, page and history in step.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    /// \a settings keeps geometry, splitter sizes, the last page and the zoom between runs.
    MainWindow(const Catalogue &catalogue, QSettings &settings, QWidget *parent = nullptr);

    void navigate(const Location &location);
    Location currentLocation() const { return m_history.current(); }
    /// Replaces the system browser, for tests.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    void saveSettings();
    /// Builds or updates the search index on a worker thread, with progress in the status bar;
    /// called by itself after the first frame.
    void startIndexing();
    SearchIndex &searchIndex() const { return *m_searchIndex; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildLayout();
    void createActions();
    void connectViews();
    void restoreSettings();
    void goInHistory(int steps);
    void showLocation(const Location &location);
    void selectInViews(const Location &location);
    void openExternal(const QUrl &url);
    void fillHistoryMenu(QMenu *menu, int direction);
    void adaptToKind();
    void goInReadingOrder(int steps);

    const Catalogue &m_catalogue;
    QSettings &m_settings;
    NavigationHistory m_history;
    UrlOpener m_openUrl;

    AudienceTreeModel *m_treeModel;
    OutlineModel *m_outlineModel;

    QTreeView *m_tree;
    QLabel *m_treeTitle = nullptr;
    QListView *m_outline;
    CategoryPane *m_categoryPane;
    PageView *m_page;
    FindBar *m_findBar;
    SearchIndex *m_searchIndex;
    SearchPanel *m_searchPanel;
    QProgressBar *m_indexProgress;
    IndexingThread *m_indexing;
    QSplitter *m_mainSplitter;
    QSplitter *m_leftSplitter;

    BrowserActions *m_actions;
    PrintController *m_print;
};
