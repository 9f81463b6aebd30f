// SPDX-License-Identifier: MIT
#include "tabcontroller.h"

#include "content/catalogue.h"
#include "findbar.h"
#include "library/library.h"
#include "library/openpack.h"
#include "mainwindow.h"
#include "markdown/linktarget.h"
#include "models/itemroles.h"
#include "navigator.h"
#include "packopener.h"
#include "pageview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBoxLayout>
#include <QFileInfo>
#include <QMenu>
#include <QMouseEvent>
#include <QSettings>
#include <QTabBar>

TabController::TabController(MainWindow &window, Library &library, QSettings &settings)
    : QObject(&window), m_window(window), m_library(library), m_settings(settings),
      m_page(window.findChild<PageView *>(QStringLiteral("pageView"))), m_findBar(window.findChild<FindBar *>()), m_bar(new QTabBar)
{
    m_bar->setObjectName(QStringLiteral("pageTabs"));
    m_bar->setAccessibleName(tr("Open pages"));
    m_bar->setTabsClosable(true);
    m_bar->setExpanding(false);
    m_bar->setDocumentMode(true);
    m_bar->setAutoHide(true);
    m_bar->setElideMode(Qt::ElideRight);
    m_bar->setContextMenuPolicy(Qt::CustomContextMenu);
    if (auto *column = qobject_cast<QBoxLayout *>(m_page->parentWidget()->layout()))
        column->insertWidget(0, m_bar);
    else
        m_bar->setParent(&window); // owned by the window all the same

    m_tabs = TabSet::restore(settings, [&library](const QString &root) {
        return root.isEmpty() || root == Library::bundledRoot() || library.pack(root) || QFileInfo(root).isDir();
    });
    if (m_tabs.count() == 0)
        m_tabs.open(window.currentPack()->root(), window.currentLocation());
    else
        showTab(m_tabs.current());
    rebuildBar();

    connect(m_bar, &QTabBar::currentChanged, this, [this](int index) {
        if (!m_switching)
            showTab(index);
    });
    connect(m_bar, &QTabBar::tabCloseRequested, this, &TabController::closeTab);
    connect(m_bar, &QTabBar::customContextMenuRequested, this, [this](const QPoint &at) {
        const int index = m_bar->tabAt(at);
        if (index < 0)
            return;
        QMenu menu;
        menu.addAction(tr("&Duplicate Tab"), this, [this, index] { duplicateTab(index); });
        menu.addAction(tr("Close &Other Tabs"), this, [this, index] { closeOtherTabs(index); });
        menu.addAction(tr("&Close Tab"), this, [this, index] { closeTab(index); });
        menu.exec(m_bar->mapToGlobal(at));
    });
    if (auto *navigator = window.findChild<Navigator *>())
        connect(navigator, &Navigator::pageTitleChanged, this, [this] {
            if (!m_switching && m_tabs.current() >= 0)
                m_bar->setTabText(m_tabs.current(), titleOf(m_tabs.current()));
        });
    m_page->viewport()->installEventFilter(this);
    // Views whose items open pages: a middle click or Ctrl+click on one opens it in a new tab.
    for (const char *name : {"audienceTree", "categoryGrid", "searchResults"}) {
        if (auto *view = window.findChild<QAbstractItemView *>(QLatin1String(name))) {
            view->viewport()->installEventFilter(this);
            m_itemViews.push_back(view);
        }
    }
    connect(qApp, &QCoreApplication::aboutToQuit, this, &TabController::save);

    addShortcut(tr("New &Tab"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] { newTab(); });
    addShortcut(tr("&Close Tab"), QKeySequence(Qt::CTRL | Qt::Key_W), [this] { closeTab(m_tabs.current()); });
    addShortcut(tr("&Reopen Closed Tab"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), [this] { reopenClosedTab(); });
    for (const auto &[key, steps] :
         {std::pair{QKeySequence(Qt::CTRL | Qt::Key_Tab), 1}, std::pair{QKeySequence(Qt::CTRL | Qt::Key_PageDown), 1},
          std::pair{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), -1}, std::pair{QKeySequence(Qt::CTRL | Qt::Key_PageUp), -1}})
        addShortcut(steps > 0 ? tr("&Next Tab") : tr("&Previous Tab"), key, [this, steps = steps] { showTab(m_tabs.neighbour(steps)); });
}

QAction *TabController::addShortcut(const QString &text, const QKeySequence &key, const std::function<void()> &run)
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, run);
    m_window.addAction(action);
    return action;
}

QString TabController::titleOf(int index) const
{
    const TabSet::Tab &tab = m_tabs.tab(index);
    const Location place = index == m_tabs.current() ? m_window.currentLocation() : tab.history.current();
    const OpenPack *pack = index == m_tabs.current() ? m_window.currentPack() : m_library.pack(tab.packRoot);
    const Page *page = pack ? pack->catalogue().page(place.pageId) : nullptr;
    return page ? page->title : place.pageId;
}

void TabController::rebuildBar()
{
    m_switching = true;
    while (m_bar->count() > 0)
        m_bar->removeTab(0);
    for (int i = 0; i < m_tabs.count(); ++i) {
        m_bar->addTab(titleOf(i));
        m_bar->setTabToolTip(i, m_bar->tabText(i));
    }
    m_bar->setCurrentIndex(m_tabs.current());
    m_switching = false;
}

void TabController::keepCurrent()
{
    if (m_tabs.current() < 0)
        return;
    TabSet::Tab &tab = m_tabs.tab(m_tabs.current());
    tab.packRoot = m_window.currentPack()->root();
    tab.history = m_window.currentPack()->history();
    tab.zoom = m_page->zoomPercent();
    if (m_findBar)
        tab.find = m_findBar->query();
}

void TabController::showTab(int index)
{
    if (index < 0 || index >= m_tabs.count())
        return;
    if (index != m_tabs.current())
        keepCurrent();
    m_tabs.setCurrent(index);
    m_openedBehind = -1;
    const TabSet::Tab tab = m_tabs.tab(index);
    m_switching = true;
    if (openPlace(m_window, m_library, tab.packRoot, tab.history.current())) {
        m_window.currentPack()->history() = tab.history; // the tab's own back and forward
        if (tab.zoom > 0)
            m_page->setZoomPercent(tab.zoom);
        if (m_findBar)
            m_findBar->restore(tab.find);
    }
    m_bar->setCurrentIndex(index);
    m_switching = false;
}

void TabController::newTab()
{
    keepCurrent();
    const QString root = m_window.currentPack()->root();
    m_tabs.open(root, {m_window.currentPack()->catalogue().homePageId(), {}}, m_tabs.current(), false);
    rebuildBar();
    showTab(m_tabs.current() + 1);
}

void TabController::closeTab(int index)
{
    if (index < 0 || index >= m_tabs.count())
        return;
    keepCurrent();
    const bool current = index == m_tabs.current();
    m_tabs.close(index);
    if (m_tabs.count() == 0) // the window always shows a page: the pack's home in a fresh tab
        m_tabs.open(m_window.currentPack()->root(), {m_window.currentPack()->catalogue().homePageId(), {}});
    rebuildBar();
    if (current || m_tabs.count() == 1)
        showTab(m_tabs.current());
}

void TabController::duplicateTab(int index)
{
    keepCurrent();
    m_tabs.duplicate(index);
    rebuildBar();
    showTab(m_tabs.current());
}

void TabController::closeOtherTabs(int index)
{
    keepCurrent();
    m_tabs.closeOthers(index);
    rebuildBar();
    showTab(0);
}

void TabController::reopenClosedTab()
{
    keepCurrent();
    if (!m_tabs.reopenClosed())
        return;
    const int reopened = m_tabs.current();
    rebuildBar();
    m_tabs.setCurrent(reopened);
    showTab(reopened);
}

bool TabController::openInBackground(const QString &href)
{
    const Catalogue &catalogue = m_window.currentPack()->catalogue();
    const LinkTarget target = LinkTarget::fromHref(href);
    if (target.kind != LinkTarget::Kind::Page || !catalogue.page(target.pageId))
        return false;
    openInBackground(Location{target.pageId, target.anchor});
    return true;
}

void TabController::openInBackground(const Location &location, const QString &packRoot)
{
    keepCurrent();
    // After the current tab and after the tabs opened from it before, in the order opened.
    const int after = m_openedBehind > m_tabs.current() && m_openedBehind < m_tabs.count() ? m_openedBehind : m_tabs.current();
    m_openedBehind = m_tabs.open(packRoot.isEmpty() ? m_window.currentPack()->root() : packRoot, location, after, false);
    rebuildBar();
}

bool TabController::eventFilter(QObject *watched, QEvent *event)
{
    // Only a middle click, or a click with Ctrl, is looked at: any other event passes untouched
    // (the views may be in the middle of going away). The press is taken too, so the view does
    // not follow the link or select the item itself.
    const bool click = event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonRelease;
    const auto *mouse = click ? static_cast<QMouseEvent *>(event) : nullptr;
    if (!mouse
        || !(mouse->button() == Qt::MiddleButton || (mouse->button() == Qt::LeftButton && (mouse->modifiers() & Qt::ControlModifier))))
        return QObject::eventFilter(watched, event);
    const bool release = event->type() == QEvent::MouseButtonRelease;
    const QPoint at = mouse->position().toPoint();
    if (watched == m_page->viewport()) {
        const QString href = m_page->anchorAt(at);
        if (href.isEmpty())
            return false;
        if (release)
            openInBackground(href);
        return true;
    }
    for (QAbstractItemView *view : std::as_const(m_itemViews)) {
        if (watched != view->viewport())
            continue;
        const QModelIndex index = view->indexAt(at);
        const QString pageId = index.data(ItemRole::PageId).toString();
        if (pageId.isEmpty())
            return false;
        if (release) {
            const QString pack = index.data(ItemRole::PackRoot).toString();
            openInBackground({pageId, index.data(ItemRole::Anchor).toString()}, pack.isEmpty() ? m_window.currentPack()->root() : pack);
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void TabController::save()
{
    keepCurrent();
    m_tabs.save(m_settings);
}
