// SPDX-License-Identifier: MIT
#include "navigator.h"

#include "browseractions.h"
#include "categorypane.h"
#include "findbar.h"
#include "library/openpack.h"
#include "models/audiencetreemodel.h"
#include "models/outlinemodel.h"
#include "pageview.h"

#include <QAction>
#include <QListView>
#include <QMenu>
#include <QTreeView>

Navigator::Navigator(const Views &views, QObject *parent) : QObject(parent), m_views(views) { }

void Navigator::setPack(OpenPack *pack, CategoryPane *categoryPane)
{
    m_pack = pack;
    m_categoryPane = categoryPane;
}

void Navigator::navigate(const Location &location)
{
    if (!m_pack->catalogue().page(location.pageId)) {
        emit statusMessage(tr("There is no page \u201c%1\u201d in this content pack").arg(location.pageId), 8000);
        return;
    }
    m_pack->history().visit(location);
    show(location);
}

void Navigator::goInHistory(int steps)
{
    const Location before = m_pack->history().current();
    const Location location = m_pack->history().go(steps);
    if (location != before)
        show(location);
}

void Navigator::goInReadingOrder(int steps)
{
    const QString pageId = m_pack->catalogue().neighbour(m_views.page->pageId(), steps);
    if (!pageId.isEmpty())
        navigate({pageId, {}});
}

void Navigator::fillHistoryMenu(QMenu *menu, int direction)
{
    menu->clear();
    const NavigationHistory &history = m_pack->history();
    const QVector<Location> entries = direction < 0 ? history.backEntries() : history.forwardEntries();
    for (int i = 0; i < entries.size() && i < 15; ++i) {
        const Page *page = m_pack->catalogue().page(entries.at(i).pageId);
        const QString title = page ? page->title : entries.at(i).pageId;
        const int steps = direction * (i + 1);
        menu->addAction(title, this, [this, steps] { goInHistory(steps); });
    }
}

void Navigator::show(const Location &location)
{
    const Catalogue &catalogue = m_pack->catalogue();
    const Page *page = catalogue.page(location.pageId);
    if (!page)
        return;
    const bool newPage = location.pageId != m_views.page->pageId();
    m_views.page->showPage(location.pageId, location.anchor);
    if (newPage) {
        m_views.outlineModel->setHeadings(catalogue.content(page->id).headings);
        m_views.findBar->refresh();
        emit statusMessage(tr("Opened \u201c%1\u201d").arg(page->title), 4000);
    }
    emit pageTitleChanged(page->title);
    selectInViews(location);
    BrowserActions &actions = *m_views.actions;
    actions.previousPage->setEnabled(!catalogue.neighbour(location.pageId, -1).isEmpty());
    actions.nextPage->setEnabled(!catalogue.neighbour(location.pageId, 1).isEmpty());
    actions.back->setEnabled(m_pack->history().canGoBack());
    actions.forward->setEnabled(m_pack->history().canGoForward());
}

void Navigator::selectInViews(const Location &location)
{
    // Selecting programmatically must not navigate again, hence the blocked signals.
    QModelIndex treeIndex = m_views.treeModel->indexForPage(location.pageId, location.anchor);
    if (!treeIndex.isValid())
        treeIndex = m_views.treeModel->indexForPage(location.pageId);
    {
        // The tree shows where the page is, or nothing when it is not in the tree.
        const QSignalBlocker blocker(m_views.tree->selectionModel());
        m_views.tree->setCurrentIndex(treeIndex);
        if (treeIndex.isValid())
            m_views.tree->scrollTo(treeIndex);
        else
            m_views.tree->clearSelection();
        m_views.tree->viewport()->update();
    }
    if (m_categoryPane && m_pack->catalogue().kind() == PackKind::Atlas) {
        // An audience's page filters the grid; a category keeps the filter it was chosen
        // from; any other page (home, the overviews) shows all categories.
        const Catalogue &catalogue = m_pack->catalogue();
        if (!catalogue.relatedCategories(location.pageId).isEmpty())
            m_categoryPane->setAudience(location.pageId);
        else if (!catalogue.isCategory(location.pageId))
            m_categoryPane->setAudience(QString());
        m_categoryPane->selectPage(location.pageId);
    }
    const QSignalBlocker blocker(m_views.outline->selectionModel());
    m_views.outline->setCurrentIndex(m_views.outlineModel->indexForAnchor(location.anchor));
}
