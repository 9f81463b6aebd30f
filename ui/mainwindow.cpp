// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "aboutdialog.h"
#include "browseractions.h"
#include "categorypane.h"
#include "content/catalogue.h"
#include "figureview.h"
#include "findbar.h"
#include "library/library.h"
#include "library/openpack.h"
#include "librarypane.h"
#include "models/audiencetreemodel.h"
#include "models/itemroles.h"
#include "models/outlinemodel.h"
#include "navigator.h"
#include "outlineview.h"
#include "packstatus.h"
#include "pageview.h"
#include "paneparts.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "printcontroller.h"
#include "searchpanel.h"
#include "windowsettings.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(Library &library, OpenPack *pack, QSettings &settings, QWidget *parent)
    : QMainWindow(parent), m_library(library), m_pack(pack), m_settings(settings),
      m_openUrl([](const QUrl &url) { return QDesktopServices::openUrl(url); }),
      m_treeModel(new AudienceTreeModel(pack->catalogue(), this)), m_outlineModel(new OutlineModel(this)),
      m_libraryPane(new LibraryPane(library)), m_tree(new QTreeView), m_outline(new OutlineView), m_page(new PageView(pack->catalogue())),
      m_findBar(new FindBar(m_page)), m_searchPanel(new SearchPanel([this](SearchPanel::Scope scope) {
          QVector<SearchSource> sources;
          for (OpenPack *open : scope == SearchPanel::Scope::AllPacks ? m_library.openPacks() : QVector<OpenPack *>{m_pack})
              sources.push_back(open->searchSource());
          return sources;
      })),
      m_packStatus(new PackStatus), m_mainSplitter(new QSplitter(Qt::Horizontal)), m_leftSplitter(new QSplitter(Qt::Vertical)),
      m_actions(new BrowserActions(this)), m_print(new PrintController(pack->catalogue(), m_page, this)),
      m_navigator(new Navigator({m_tree, m_treeModel, m_outline, m_outlineModel, m_page, m_findBar, m_actions}, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rust-atlas.svg")));
    setAcceptDrops(true);
    buildLayout();
    createActions();
    connectViews();
    bindViews();
    restoreSettings();
    qApp->installEventFilter(this); // mouse back/forward buttons, wherever the pointer is
    m_page->viewport()->installEventFilter(this); // indexing starts once the page is on screen
}

void MainWindow::buildLayout()
{
    m_tree->setObjectName(QStringLiteral("audienceTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_outline->setObjectName(QStringLiteral("outline"));
    m_outline->setModel(m_outlineModel);
    m_outline->setAccessibleName(tr("On this page"));
    m_outline->setToolTip(tr("Sections of the current page"));
    m_findBar->hide();

    m_treeTitle = PaneParts::title(QString(), m_tree);
    m_leftSplitter->addWidget(m_libraryPane);
    m_leftSplitter->addWidget(PaneParts::column({m_treeTitle, m_tree}));
    m_leftSplitter->addWidget(PaneParts::column({PaneParts::title(tr("On this &page"), m_outline), m_outline}));
    QWidget *left = PaneParts::column({m_searchPanel, m_leftSplitter});
    // The tree takes the height; while a query is shown the tree hides and the results take it.
    static_cast<QVBoxLayout *>(left->layout())->setStretch(1, 1);
    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(PaneParts::column({m_page, m_findBar}));
    m_mainSplitter->setChildrenCollapsible(true);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_leftSplitter->setSizes({110, 400, 220});
    setCentralWidget(m_mainSplitter);
    placeCategoryPane();
    m_mainSplitter->setSizes({260, 520, 620});

    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_packStatus);
    connect(m_packStatus, &PackStatus::statusMessage, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::placeCategoryPane()
{
    // The grid and figure belong to an atlas: a pane is made for the atlas on screen, and the
    // one there stays while other kinds of pack are shown.
    if (catalogue().kind() != PackKind::Atlas && m_categoryPane)
        return;
    if (m_categoryPane && m_categoryCatalogue == &catalogue())
        return;
    auto *pane = new CategoryPane(catalogue());
    connect(pane, &CategoryPane::categoryActivated, this, [this](const QString &pageId) { navigate({pageId, {}}); });
    if (m_categoryPane)
        delete m_mainSplitter->replaceWidget(1, pane);
    else
        m_mainSplitter->insertWidget(1, pane);
    m_categoryPane = pane;
    m_categoryCatalogue = &catalogue();
    m_navigator->setPack(m_pack, pane);
    setTabOrder(m_tree, m_outline);
    setTabOrder(m_outline, pane->figure());
    setTabOrder(pane->figure(), pane->grid());
    setTabOrder(pane->grid(), m_page);
}

void MainWindow::createActions()
{
    const auto on = [this](QAction *action, auto slot) { connect(action, &QAction::triggered, this, slot); };
    on(m_actions->back, [this] { m_navigator->goInHistory(-1); });
    on(m_actions->forward, [this] { m_navigator->goInHistory(1); });
    on(m_actions->home, [this] { navigate({catalogue().homePageId(), {}}); });
    on(m_actions->previousPage, [this] { m_navigator->goInReadingOrder(-1); });
    on(m_actions->nextPage, [this] { m_navigator->goInReadingOrder(1); });
    for (const int direction : {-1, 1}) {
        QMenu *menu = m_actions->historyMenu(direction);
        connect(menu, &QMenu::aboutToShow, this, [this, menu, direction] { m_navigator->fillHistoryMenu(menu, direction); });
    }
    connect(m_navigator, &Navigator::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_navigator, &Navigator::pageTitleChanged, this, [this](const QString &title) {
        setWindowTitle(title == QLatin1String("Rust Atlas") ? title : tr("%1 \u2014 Rust Atlas").arg(title));
    });
    on(m_actions->search, [this] { m_searchPanel->focusField(); });
    on(m_actions->find, [this] { m_findBar->activate(); });
    on(m_actions->findNext, [this] { m_findBar->findNext(); });
    on(m_actions->findPrevious, [this] { m_findBar->findPrevious(); });
    on(m_actions->zoomIn, [this] { m_page->setZoomPercent(m_page->zoomPercent() + PageView::ZoomStep); });
    on(m_actions->zoomOut, [this] { m_page->setZoomPercent(m_page->zoomPercent() - PageView::ZoomStep); });
    on(m_actions->zoomReset, [this] { m_page->setZoomPercent(100); });
    on(m_actions->preferences, [this] {
        auto *dialog = new PreferencesDialog(m_settings, m_page, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    on(m_actions->quit, [this] { close(); });
    on(m_actions->about, [this] { AboutDialog(this).exec(); });
    on(m_actions->aboutQt, [] { QApplication::aboutQt(); });
    on(m_actions->audienceMatrix, [this] { m_categoryPane->showMatrix(); });
    QMenu *file = m_actions->fileMenu();
    file->insertActions(m_actions->preferences, {m_libraryPane->openFolderAction()});
    file->insertMenu(m_actions->preferences, m_libraryPane->recentMenu());
    file->insertActions(m_actions->preferences, {m_libraryPane->closePackAction()});
    file->insertSeparator(m_actions->preferences);
    file->insertActions(m_actions->preferences, m_print->actions());
    file->insertMenu(m_actions->preferences, m_print->sectionMenu());
    file->insertSeparator(m_actions->preferences);
    QAction *print = m_print->actions().first();
    m_actions->toolBar()->addAction(print);
    m_actions->toolBar()->widgetForAction(print)->setAccessibleName(print->text().remove(u'&'));
    connect(m_print, &PrintController::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_page, &PageView::zoomChanged, this, [this](int percent) { statusBar()->showMessage(tr("Zoom %1%").arg(percent), 3000); });
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
    connect(m_outline, &QListView::activated, this, [this](const QModelIndex &index) {
        navigate({m_page->pageId(), index.data(ItemRole::Anchor).toString()});
    });
    connect(m_outline, &QListView::clicked, m_outline, &QListView::activated);
    connect(m_page, &PageView::pageLinkActivated, this, [this](const QString &pageId, const QString &anchor) {
        navigate({pageId, anchor});
    });
    connect(m_searchPanel, &SearchPanel::activeChanged, m_leftSplitter, &QWidget::setHidden);
    connect(m_searchPanel, &SearchPanel::resultActivated, this,
            [this](const QString &packRoot, const QString &pageId, const QString &anchor, const QStringList &terms) {
                if (OpenPack *pack = m_library.pack(packRoot); pack && pack != m_pack)
                    showPack(pack);
                navigate({pageId, anchor});
                if (const int marked = m_page->highlightTerms(terms); !terms.isEmpty())
                    statusBar()->showMessage(tr("%n match(es) highlighted", nullptr, marked), 4000);
            });
    connect(m_searchPanel, &SearchPanel::dismissed, m_page, qOverload<>(&QWidget::setFocus));
    connect(m_libraryPane, &LibraryPane::openRequested, this, &MainWindow::openPack);
    connect(&m_library, &Library::packLoaded, this, [this](OpenPack *pack) {
        if (pack->root() != std::exchange(m_waitingFor, QString()))
            return; // the reader asked for another one since
        showPack(pack);
        statusBar()->showMessage(PackStatus::openedMessage(pack->catalogue()), 8000);
    });
    connect(m_libraryPane, &LibraryPane::closeRequested, this, &MainWindow::closePack);
    connect(m_page, &PageView::externalLinkActivated, this, &MainWindow::openExternal);
    connect(m_page, &PageView::linkRefused, this, [this](const QString &href, const QString &reason) {
        statusBar()->showMessage(tr("Did not open \u201c%1\u201d: %2").arg(href, reason), 8000);
    });
    connect(m_page, qOverload<const QUrl &>(&QTextBrowser::highlighted), this, [this](const QUrl &url) {
        if (url.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(m_page->linkDescription(LinkTarget::fromUrl(url)));
    });
}

void MainWindow::adaptToKind()
{
    const bool atlas = catalogue().kind() == PackKind::Atlas;
    PaneParts::adaptTree(m_treeTitle, m_tree, catalogue());
    // Only an atlas has a figure and categories; other packs give the page the room.
    m_categoryPane->setVisible(atlas);
    m_actions->adaptTo(atlas);
    m_libraryPane->setCurrent(m_pack->root());
}

bool MainWindow::openPack(const QString &path)
{
    const QString root = Library::normalized(path);
    if (!root.startsWith(u':') && !QFileInfo(root).isDir()) {
        m_library.refreshMissing();
        statusBar()->showMessage(tr("The folder %1 cannot be found; it may be on a drive that is not connected").arg(root), 10000);
        return false;
    }
    // Read on a worker thread: the window stays usable, with the progress in the status bar.
    m_waitingFor = root;
    if (!m_library.pack(root))
        m_packStatus->showOpening(root);
    m_library.openInBackground(root);
    return true;
}

void MainWindow::closePack(const QString &requested)
{
    const QString root = requested; // showing another pack may change what \a requested refers to
    if (root == Library::bundledRoot())
        return;
    if (m_pack && m_pack->root() == root)
        showPack(m_library.open(Library::bundledRoot()));
    if (OpenPack *closing = m_library.pack(root); closing && &closing->catalogue() == m_categoryCatalogue)
        m_categoryCatalogue = nullptr; // a pane for it must not outlive it
    m_library.close(root);
}

void MainWindow::showPack(OpenPack *pack)
{
    if (!pack)
        return;
    if (pack != m_pack) {
        m_pack->setScrollPosition(m_page->verticalScrollBar()->value());
        m_pack = pack;
        bindViews();
        pack->startIndexing();
    }
    returnToPlace();
}

void MainWindow::bindViews()
{
    // The print actions follow the page's changes and the tree's selection opens pages: each
    // must hold the new catalogue before the one it listens to moves.
    m_print->setCatalogue(catalogue());
    m_page->setCatalogue(catalogue());
    m_treeModel->setCatalogue(catalogue());
    m_navigator->setPack(m_pack, m_categoryPane);
    placeCategoryPane();
    m_packStatus->setPack(m_pack);
    adaptToKind();
    // An author saved: the pack was read again; the reader stays where they were.
    disconnect(m_reloaded);
    m_reloaded = connect(m_pack, &OpenPack::reloaded, this, [this](bool firstRead) {
        m_pack->setScrollPosition(m_page->verticalScrollBar()->value());
        m_categoryCatalogue = nullptr; // the pane showed the old catalogue
        bindViews();
        returnToPlace();
        if (!QFileInfo(m_pack->root()).isDir()) { // deleted, renamed or unplugged while open
            m_library.refreshMissing();
            statusBar()->showMessage(tr("The folder %1 is gone; its pack is marked missing in the library").arg(m_pack->root()), 10000);
            return;
        }
        statusBar()->showMessage(firstRead ? PackStatus::openedMessage(catalogue())
                                           : tr("Reloaded \u201c%1\u201d after a change on disk").arg(catalogue().title()),
                                 4000);
    });
}

void MainWindow::returnToPlace()
{
    const Location last = history().current();
    if (!catalogue().page(last.pageId))
        return navigate({catalogue().homePageId(), {}});
    m_navigator->show(last);
    m_page->verticalScrollBar()->setValue(m_pack->scrollPosition());
}

void MainWindow::restoreSettings()
{
    const WindowSettings settings(m_settings);
    settings.restoreLayout(*this, {m_mainSplitter, m_leftSplitter, m_categoryPane});
    m_page->setBaseFont(Preferences(m_settings).pageFont(m_page->baseFont()));
    m_page->setZoomPercent(settings.zoom(100));
    // The last page belongs to the pack it was read in.
    const Location last = settings.lastPage();
    const bool samePack = m_settings.value(QStringLiteral("window/lastPack"), Library::bundledRoot()).toString() == m_pack->root();
    navigate(samePack && catalogue().page(last.pageId) ? last : Location{catalogue().homePageId(), {}});
}

void MainWindow::saveSettings()
{
    WindowSettings(m_settings).save(*this, {m_mainSplitter, m_leftSplitter, m_categoryPane}, history().current(), m_page->zoomPercent());
    m_settings.setValue(QStringLiteral("window/lastPack"), m_pack->root());
}

void MainWindow::navigate(const Location &location)
{
    m_navigator->navigate(location);
}

void MainWindow::startIndexing()
{
    m_pack->startIndexing();
}

void MainWindow::openExternal(const QUrl &url)
{
    if (m_openUrl(url))
        statusBar()->showMessage(tr("Opened %1 in the system browser").arg(url.toDisplayString()), 6000);
    else
        statusBar()->showMessage(tr("Could not open %1: no application handles it").arg(url.toDisplayString()), 8000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!LibraryPane::folderIn(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString folder = LibraryPane::folderIn(event->mimeData());
    if (folder.isEmpty())
        return;
    event->acceptProposedAction();
    openPack(folder);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The window appears first; the index follows on a worker thread, after the first frame.
    if (watched == m_page->viewport() && event->type() == QEvent::Paint) {
        m_page->viewport()->removeEventFilter(this);
        QTimer::singleShot(0, this, &MainWindow::startIndexing);
    }
    if (event->type() == QEvent::MouseButtonPress && isActiveWindow()) {
        const auto button = static_cast<QMouseEvent *>(event)->button();
        if (button == Qt::BackButton || button == Qt::ForwardButton) {
            m_navigator->goInHistory(button == Qt::BackButton ? -1 : 1);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}
