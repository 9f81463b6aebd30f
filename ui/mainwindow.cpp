// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "aboutdialog.h"
#include "browseractions.h"
#include "categorygriddelegate.h"
#include "content/catalogue.h"
#include "figureview.h"
#include "findbar.h"
#include "models/audiencetreemodel.h"
#include "models/categorylistmodel.h"
#include "models/itemroles.h"
#include "models/outlinemodel.h"
#include "models/relatedcategoryproxymodel.h"
#include "pageview.h"
#include "windowsettings.h"

#include <QApplication>
#include <QDesktopServices>
#include <QMenu>
#include <QLabel>
#include <QListView>
#include <QMouseEvent>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
QLabel *paneTitle(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(6, 6, 6, 2);
    label->setBuddy(buddy);
    return label;
}

QWidget *column(std::initializer_list<QWidget *> widgets)
{
    auto *container = new QWidget;
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    return container;
}
} // namespace

MainWindow::MainWindow(const Catalogue &catalogue, QSettings &settings, QWidget *parent)
    : QMainWindow(parent),
      m_catalogue(catalogue),
      m_settings(settings),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      m_treeModel(new AudienceTreeModel(catalogue, this)),
      m_categoryModel(new CategoryListModel(catalogue, this)),
      m_relatedModel(new RelatedCategoryProxyModel(catalogue, this)),
      m_outlineModel(new OutlineModel(this)),
      m_tree(new QTreeView),
      m_outline(new QListView),
      m_figure(new FigureView),
      m_gridTitle(new QLabel),
      m_grid(new QListView),
      m_page(new PageView(catalogue)),
      m_findBar(new FindBar(m_page)),
      m_mainSplitter(new QSplitter(Qt::Horizontal)),
      m_leftSplitter(new QSplitter(Qt::Vertical)),
      m_centreSplitter(new QSplitter(Qt::Vertical)),
      m_actions(new BrowserActions(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rust-atlas.svg")));
    m_relatedModel->setSourceModel(m_categoryModel);
    buildLayout();
    createActions();
    connectViews();
    restoreSettings();
    qApp->installEventFilter(this); // mouse back/forward buttons, wherever the pointer is
}

void MainWindow::buildLayout()
{
    m_tree->setObjectName(QStringLiteral("audienceTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->expandToDepth(0);
    m_tree->setAccessibleName(tr("Audiences"));
    m_tree->setToolTip(tr("Who Rust is for: choose an audience to see the categories it cares about"));

    m_outline->setObjectName(QStringLiteral("outline"));
    m_outline->setModel(m_outlineModel);
    m_outline->setAccessibleName(tr("On this page"));
    m_outline->setToolTip(tr("Sections of the current page"));

    m_figure->setFigure(m_catalogue.figurePath(), m_catalogue.figureCaption());
    m_figure->setVisible(!m_catalogue.figurePath().isEmpty());

    m_grid->setObjectName(QStringLiteral("categoryGrid"));
    m_grid->setModel(m_relatedModel);
    m_grid->setItemDelegate(new CategoryGridDelegate(m_grid));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setGridSize(CategoryGridDelegate::tileSize() + QSize(8, 8));
    m_grid->setMouseTracking(true);
    m_grid->viewport()->setAttribute(Qt::WA_Hover); // tiles light up under the pointer
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setAccessibleName(tr("Categories"));
    m_grid->setToolTip(tr("What Rust is used for: press Enter or double-click a tile to open it"));
    m_gridTitle->setObjectName(QStringLiteral("gridTitle"));

    m_findBar->hide();

    m_leftSplitter->addWidget(column({paneTitle(tr("&Audiences"), m_tree), m_tree}));
    m_leftSplitter->addWidget(column({paneTitle(tr("On this &page"), m_outline), m_outline}));
    m_centreSplitter->addWidget(m_figure);
    m_centreSplitter->addWidget(column({m_gridTitle, m_grid}));
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_centreSplitter);
    m_mainSplitter->addWidget(column({m_page, m_findBar}));
    m_mainSplitter->setChildrenCollapsible(true);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_centreSplitter->setObjectName(QStringLiteral("centreSplitter"));
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setSizes({260, 520, 620});
    m_leftSplitter->setSizes({440, 260});
    m_centreSplitter->setSizes({300, 460});
    setCentralWidget(m_mainSplitter);

    setTabOrder(m_tree, m_outline);
    setTabOrder(m_outline, m_figure);
    setTabOrder(m_figure, m_grid);
    setTabOrder(m_grid, m_page);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
}

void MainWindow::createActions()
{
    const auto on = [this](QAction *action, auto slot) { connect(action, &QAction::triggered, this, slot); };
    on(m_actions->back, [this] { goInHistory(-1); });
    on(m_actions->forward, [this] { goInHistory(1); });
    on(m_actions->home, [this] { navigate({m_catalogue.homePageId(), {}}); });
    for (auto [history, direction] : {std::pair{m_actions->back, -1}, std::pair{m_actions->forward, 1}}) {
        QMenu *menu = history->menu();
        connect(menu, &QMenu::aboutToShow, this, [this, menu, direction = direction] { fillHistoryMenu(menu, direction); });
    }
    on(m_actions->find, [this] { m_findBar->activate(); });
    on(m_actions->findNext, [this] { m_findBar->findNext(); });
    on(m_actions->findPrevious, [this] { m_findBar->findPrevious(); });
    on(m_actions->zoomIn, [this] { m_page->setZoomPercent(m_page->zoomPercent() + PageView::ZoomStep); });
    on(m_actions->zoomOut, [this] { m_page->setZoomPercent(m_page->zoomPercent() - PageView::ZoomStep); });
    on(m_actions->zoomReset, [this] { m_page->setZoomPercent(100); });
    on(m_actions->quit, [this] { close(); });
    on(m_actions->about, [this] { AboutDialog(this).exec(); });
    on(m_actions->aboutQt, [] { QApplication::aboutQt(); });
    connect(m_page, &PageView::zoomChanged, this,
            [this](int percent) { statusBar()->showMessage(tr("Zoom %1%").arg(percent), 3000); });
}

void MainWindow::fillHistoryMenu(QMenu *menu, int direction)
{
    menu->clear();
    const QVector<Location> entries = direction < 0 ? m_history.backEntries() : m_history.forwardEntries();
    for (int i = 0; i < entries.size() && i < 15; ++i) {
        const Page *page = m_catalogue.page(entries.at(i).pageId);
        const QString title = page ? page->content.title : entries.at(i).pageId;
        const int steps = direction * (i + 1);
        menu->addAction(title, this, [this, steps] { goInHistory(steps); });
    }
}

void MainWindow::restoreSettings()
{
    const WindowSettings settings(m_settings);
    if (!settings.restoreLayout(*this, {m_mainSplitter, m_leftSplitter, m_centreSplitter}))
        resize(1400, 880);
    m_page->setZoomPercent(settings.zoom(100));
    const Location last = settings.lastPage();
    navigate(m_catalogue.page(last.pageId) ? last : Location{m_catalogue.homePageId(), {}});
}

void MainWindow::saveSettings()
{
    WindowSettings(m_settings).save(*this, {m_mainSplitter, m_leftSplitter, m_centreSplitter}, m_history.current(),
                                    m_page->zoomPercent());
}

void MainWindow::connectViews()
{
    // Selection, not the current index: focusing an empty tree makes its first row current
    // without selecting it, and that must not navigate away from the page being read.
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this](const QItemSelection &selected) {
        if (!selected.isEmpty())
            navigate({selected.indexes().first().data(ItemRole::PageId).toString(),
                      selected.indexes().first().data(ItemRole::Anchor).toString()});
    });
    connect(m_grid, &QListView::activated, this,
            [this](const QModelIndex &index) { navigate({index.data(ItemRole::PageId).toString(), {}}); });
    connect(m_outline, &QListView::activated, this, [this](const QModelIndex &index) {
        navigate({m_page->pageId(), index.data(ItemRole::Anchor).toString()});
    });
    connect(m_outline, &QListView::clicked, m_outline, &QListView::activated);
    connect(m_page, &PageView::pageLinkActivated, this,
            [this](const QString &pageId, const QString &anchor) { navigate({pageId, anchor}); });
    connect(m_page, &PageView::externalLinkActivated, this, &MainWindow::openExternal);
    connect(m_page, &PageView::linkRefused, this, [this](const QString &href, const QString &reason) {
        statusBar()->showMessage(tr("Did not open \u201c%1\u201d: %2").arg(href, reason), 8000);
    });
    connect(m_page, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        if (url.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(url.toString());
    });
    connect(m_relatedModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateGridTitle);
    connect(m_relatedModel, &QAbstractItemModel::layoutChanged, this, &MainWindow::updateGridTitle);
    connect(m_relatedModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateGridTitle);
    connect(m_relatedModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateGridTitle);
    updateGridTitle();
}

void MainWindow::navigate(const Location &location)
{
    if (!m_catalogue.page(location.pageId)) {
        statusBar()->showMessage(tr("There is no page \u201c%1\u201d in this content pack").arg(location.pageId), 8000);
        return;
    }
    m_history.visit(location);
    showLocation(location);
}

void MainWindow::goInHistory(int steps)
{
    const Location before = m_history.current();
    const Location location = m_history.go(steps);
    if (location != before)
        showLocation(location);
}

void MainWindow::showLocation(const Location &location)
{
    const bool newPage = location.pageId != m_page->pageId();
    m_page->showPage(location.pageId, location.anchor);
    const Page *page = m_catalogue.page(location.pageId);
    if (newPage) {
        m_outlineModel->setHeadings(page->content.headings);
        m_findBar->refresh();
        statusBar()->showMessage(tr("Opened \u201c%1\u201d").arg(page->content.title), 4000);
    }
    setWindowTitle(tr("%1 \u2014 Rust Atlas").arg(page->content.title));
    selectInViews(location);
    m_actions->back->setEnabled(m_history.canGoBack());
    m_actions->forward->setEnabled(m_history.canGoForward());
}

void MainWindow::selectInViews(const Location &location)
{
    // Selecting programmatically must not navigate again, hence the blocked signals.
    QModelIndex treeIndex = m_treeModel->indexForPage(location.pageId, location.anchor);
    if (!treeIndex.isValid())
        treeIndex = m_treeModel->indexForPage(location.pageId);
    if (treeIndex.isValid()) {
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_tree->setCurrentIndex(treeIndex);
        m_tree->scrollTo(treeIndex);
        m_tree->viewport()->update();
        m_relatedModel->setAudience(location.pageId);
    }

    const QModelIndex tile = m_relatedModel->mapFromSource(m_categoryModel->indexForPage(location.pageId));
    {
        const QSignalBlocker blocker(m_grid->selectionModel());
        if (tile.isValid()) {
            m_grid->setCurrentIndex(tile);
            m_grid->scrollTo(tile);
        } else {
            m_grid->clearSelection();
        }
        m_grid->viewport()->update();
    }

    const QSignalBlocker blocker(m_outline->selectionModel());
    m_outline->setCurrentIndex(m_outlineModel->indexForAnchor(location.anchor));
}

void MainWindow::openExternal(const QUrl &url)
{
    if (m_openUrl(url))
        statusBar()->showMessage(tr("Opened %1 in the system browser").arg(url.toDisplayString()), 6000);
    else
        statusBar()->showMessage(tr("Could not open %1: no application handles it").arg(url.toDisplayString()), 8000);
}

void MainWindow::updateGridTitle()
{
    const int shown = m_relatedModel->rowCount();
    const Page *audience = m_catalogue.page(m_relatedModel->audience());
    m_gridTitle->setText(m_relatedModel->isFiltering() && audience
                             ? tr("Categories for %1 (%2 of %3)").arg(audience->content.title).arg(shown).arg(m_categoryModel->rowCount())
                             : tr("All categories (%1)").arg(shown));
    m_gridTitle->setContentsMargins(6, 6, 6, 2);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress && isActiveWindow()) {
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (button == Qt::BackButton || button == Qt::ForwardButton) {
            goInHistory(button == Qt::BackButton ? -1 : 1);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}
