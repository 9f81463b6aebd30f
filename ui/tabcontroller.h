// SPDX-License-Identifier: MIT
#pragma once

#include "navigation/tabset.h"

#include <QObject>

#include <functional>

class FindBar;
class Library;
class QAbstractItemView;
class MainWindow;
class PageView;
class QAction;
class QSettings;
class QTabBar;

/// Tabs over the page, as in every browser. Each tab keeps its pack, its own back and forward
/// history, its zoom and what its find bar looked for; the window shows the current one. Ctrl+T opens the pack's home in a new
/// tab, Ctrl+W closes one, Ctrl+Tab and Ctrl+Shift+Tab (or Ctrl+Page Down and Up) move between
/// them, Ctrl+Shift+T reopens the last closed. A middle click or Ctrl+click on a link, a tree
/// item, a tile of the grid or a search result opens it in a new tab behind the current one. Each tab's context menu duplicates it or closes the
/// others. The tabs are saved in \a settings and come back on the next start. The bar hides
/// while there is one tab.
class TabController final : public QObject
{
    Q_OBJECT

public:
    TabController(MainWindow &window, Library &library, QSettings &settings);

    const TabSet &tabs() const { return m_tabs; }
    QTabBar *bar() const { return m_bar; }

public slots:
    void newTab();
    void closeTab(int index);
    void duplicateTab(int index);
    void closeOtherTabs(int index);
    void reopenClosedTab();
    /// Shows the tab at \a index, keeping what the one on screen was at.
    void showTab(int index);
    /// Opens \a href of the page on screen in a new tab after the current one, not shown.
    bool openInBackground(const QString &href);
    /// Opens \a location of \a packRoot (the pack on screen when empty) in a new tab after the
    /// current one, not shown.
    void openInBackground(const Location &location, const QString &packRoot = {});
    void save();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Keeps the current tab's place, history and zoom from the window.
    void keepCurrent();
    void rebuildBar();
    QString titleOf(int index) const;
    QAction *addShortcut(const QString &text, const QKeySequence &key, const std::function<void()> &run);

    MainWindow &m_window;
    Library &m_library;
    QSettings &m_settings;
    PageView *m_page;
    FindBar *m_findBar;
    QTabBar *m_bar;
    TabSet m_tabs;
    bool m_switching = false;
    int m_openedBehind = -1; ///< the tab opened last behind the current one
    QVector<QAbstractItemView *> m_itemViews;
};
