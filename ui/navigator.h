// SPDX-License-Identifier: MIT
#pragma once

#include "navigation/location.h"

#include <QObject>

class AudienceTreeModel;
class BrowserActions;
class CategoryPane;
class FindBar;
class OpenPack;
class OutlineModel;
class PageView;
class QListView;
class QMenu;
class QTreeView;

/// Every way of moving through a pack goes through here: it keeps the page, the tree, an
/// atlas's grid, the outline, the history and the Back/Forward/Previous/Next actions in step.
class Navigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Navigator)

public:
    struct Views
    {
        QTreeView *tree;
        AudienceTreeModel *treeModel;
        QListView *outline;
        OutlineModel *outlineModel;
        PageView *page;
        FindBar *findBar;
        BrowserActions *actions;
    };

    explicit Navigator(const Views &views, QObject *parent = nullptr);

    /// Moves in \a pack from now on; \a categoryPane is its grid when it is an atlas.
    void setPack(OpenPack *pack, CategoryPane *categoryPane);

    /// Opens \a location and records it in the pack's history; says so when there is no such page.
    void navigate(const Location &location);
    /// Shows \a location without recording it (history moves, returning to a pack).
    void show(const Location &location);
    void goInHistory(int steps);
    void goInReadingOrder(int steps);
    void fillHistoryMenu(QMenu *menu, int direction);

signals:
    void statusMessage(const QString &message, int timeoutMs);
    void pageTitleChanged(const QString &title);

private:
    void selectInViews(const Location &location);

    Views m_views;
    OpenPack *m_pack = nullptr;
    CategoryPane *m_categoryPane = nullptr;
};
