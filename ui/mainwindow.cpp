// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "aboutdialog.h"
#include "browseractions.h"
#include "categorypane.h"
#include "figureview.h"
#include "content/catalogue.h"
#include "findbar.h"
#include "models/audiencetreemodel.h"
#include "models/itemroles.h"
#include "models/outlinemodel.h"
#include "pageview.h"
#include "printcontroller.h"
#include "search/indexingthread.h"
#include "search/searchindex.h"
#include "searchpanel.h"
#include "windowsettings.h"

#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMouseEvent>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
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

QStringList pageTitles(const Catalogue &catalogue)
{
    QStringList titles;
    for (const Page &page : catalogue.pages())
        titles << page.content.title;
    titles.removeDuplicates();
    return titles;
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
      m_outlineModel(new OutlineModel(this)),
      m_tree(new QTreeView),
      m_outline(new QListView),
      m_categoryPane(new CategoryPane(catalogue)),
      m_page(new PageView(catalogue)),
      m_findBar(new FindBar(m_page)),
      m_searchIndex(new SearchIndex(this)),
      m_searchPanel(new SearchPanel(*m_searchIndex, pageTitles(catalogue))),
      m_indexProgress(new QProgressBar),
      m_indexing(new IndexingThread(*m_searchIndex, catalogue, this)),
      m_mainSplitter(new QSplitter(Qt::Horizontal)),
      m_leftSplitter(new QSplitter(Qt::Vertical)),
      m_actions(new BrowserActions(this)),
      m_print(new PrintController(catalogue, m_page, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rust-atlas.svg")));
    buildLayout();
    createActions();
    connectViews();
    adaptToKind();
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
    m_tree->expandToDepth(0);
    m_tree->setAccessibleName(tr("Audiences"));
    m_tree->setToolTip(tr("Who Rust is for: choose an audience to see the categories it cares about"));

    m_outline->setObjectName(QStringLiteral("outline"));
    m_outline->setModel(m_outlineModel);
    m_outline->setAccessibleName(tr("On this page"));
    m_outline->setToolTip(tr("Sections of the current page"));


    m_findBar->hide();

    m_treeTitle = paneTitle(tr("&Audiences"), m_tree);
    m_leftSplitter->addWidget(column({m_treeTitle, m_tree}));
    m_leftSplitter->addWidget(column({paneTitle(tr("On this &page"), m_outline), m_outline}));
    QWidget *left = column({m_searchPanel, m_leftSplitter});
    // The tree takes the height; while a query is shown the tree hides and the results take it.
    static_cast<QVBoxLayout *>(left->layout())->setStretch(1, 1);
    m_mainSplitter->addWidget(left);
    m_mainSplitter->addWidget(m_categoryPane);
    m_mainSplitter->addWidget(column({m_page, m_findBar}));
    m_mainSplitter->setChildrenCollapsible(true);
    m_leftSplitter->setObjectName(QStringLiteral("leftSplitter"));
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setSizes({260, 520, 620});
    m_leftSplitter->setSizes({440, 260});
    setCentralWidget(m_mainSplitter);

    setTabOrder(m_tree, m_outline);
    setTabOrder(m_outline, m_categoryPane->figure());
    setTabOrder(m_categoryPane->figure(), m_categoryPane->grid());
    setTabOrder(m_categoryPane->grid(), m_page);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_indexProgress->setObjectName(QStringLiteral("indexProgress"));
    m_indexProgress->setMaximumWidth(180);
    m_indexProgress->setFormat(tr("Indexing %p%"));
    m_indexProgress->setAccessibleName(tr("Search indexing progress"));
    m_indexProgress->hide();
    statusBar()->addPermanentWidget(m_indexProgress);
}

void MainWindow::createActions()
{
    const auto on = [this](QAction *action, auto slot) { connect(action, &QAction::triggered, this, slot); };
    on(m_actions->back, [this] { goInHistory(-1); });
    on(m_actions->forward, [this] { goInHistory(1); });
    on(m_actions->home, [this] { navigate({m_catalogue.homePageId(), {}}); });
    on(m_actions->previousPage, [this] { goInReadingOrder(-1); });
    on(m_actions->nextPage, [this] { goInReadingOrder(1); });
    for (auto [history, direction] : {std::pair{m_actions->back, -1}, std::pair{m_actions->forward, 1}}) {
        QMenu *menu = history->menu();
        connect(menu, &QMenu::aboutToShow, this, [this, menu, direction = direction] { fillHistoryMenu(menu, direction); });
    }
    on(m_actions->search, [this] { m_searchPanel->focusField(); });
    on(m_actions->find, [this] { m_findBar->activate(); });
    on(m_actions->findNext, [this] { m_findBar->findNext(); });
    on(m_actions->findPrevious, [this] { m_findBar->findPrevious(); });
    on(m_actions->zoomIn, [this] { m_page->setZoomPercent(m_page->zoomPercent() + PageView::ZoomStep); });
    on(m_actions->zoomOut, [this] { m_page->setZoomPercent(m_page->zoomPercent() - PageView::ZoomStep); });
    on(m_actions->zoomReset, [this] { m_page->setZoomPercent(100); });
    on(m_actions->quit, [this] { close(); });
    on(m_actions->about, [this] { AboutDialog(this).exec(); });
    on(m_actions->aboutQt, [] { QApplication::aboutQt(); });
    m_actions->fileMenu()->insertActions(m_actions->quit, m_print->actions());
    m_actions->fileMenu()->insertMenu(m_actions->quit, m_print->sectionMenu());
    m_actions->fileMenu()->insertSeparator(m_actions->quit);
    QAction *print = m_print->actions().first();
    m_actions->toolBar()->addAction(print);
    m_actions->toolBar()->widgetForAction(print)->setAccessibleName(print->text().remove(u'&'));
    connect(m_print, &PrintController::statusMessage, this, [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_page, &PageView::zoomChanged, this,
            [this](int percent) { statusBar()->showMessage(tr("Zoom %1%").arg(percent), 3000); });
}

void MainWindow::adaptToKind()
{
    // Only an atlas speaks of audiences and categories; other packs give the page the room.
    const PackKind kind = m_catalogue.kind();
    const bool atlas = kind == PackKind::Atlas;
    QString title = tr("&Audiences");
    QString tip = tr("Who Rust is for: choose an audience to see the categories it cares about");
    if (kind == PackKind::Book) {
        title = tr("&Contents");
        tip = tr("The book's chapters in reading order");
    } else if (kind == PackKind::Vault) {
        title = tr("&Notes");
        tip = tr("The notes by folder, then by tag");
    } else if (!atlas) {
        title = tr("&Pages");
        tip = tr("The folder's pages");
    }
    m_treeTitle->setText(title);
    m_tree->setAccessibleName(QString(title).remove(u'&'));
    m_tree->setToolTip(tip);
    m_categoryPane->setVisible(atlas);
    m_actions->previousPage->setVisible(!atlas);
    m_actions->nextPage->setVisible(!atlas);
    if (!atlas)
        m_tree->expandToDepth(0);
    auto *packLabel = new QLabel(tr("%1 \u201c%2\u201d \u00b7 %n page(s)", nullptr, int(m_catalogue.pages().size()))
                                     .arg(PackKinds::displayName(kind), m_catalogue.title()));
    packLabel->setObjectName(QStringLiteral("packLabel"));
    packLabel->setToolTip(tr("The open pack: its kind, title and size"));
    statusBar()->addPermanentWidget(packLabel);
}

void MainWindow::goInReadingOrder(int steps)
{
    const QString pageId = m_catalogue.neighbour(m_page->pageId(), steps);
    if (!pageId.isEmpty())
        navigate({pageId, {}});
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
    if (!settings.restoreLayout(*this, {m_mainSplitter, m_leftSplitter, m_categoryPane}))
        resize(1400, 880);
    m_page->setZoomPercent(settings.zoom(100));
    const Location last = settings.lastPage();
    navigate(m_catalogue.page(last.pageId) ? last : Location{m_catalogue.homePageId(), {}});
}

void MainWindow::saveSettings()
{
    WindowSettings(m_settings).save(*this, {m_mainSplitter, m_leftSplitter, m_categoryPane}, m_history.current(),
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
    connect(m_categoryPane, &CategoryPane::categoryActivated, this, [this](const QString &pageId) { navigate({pageId, {}}); });
    connect(m_outline, &QListView::activated, this, [this](const QModelIndex &index) {
        navigate({m_page->pageId(), index.data(ItemRole::Anchor).toString()});
    });
    connect(m_outline, &QListView::clicked, m_outline, &QListView::activated);
    connect(m_page, &PageView::pageLinkActivated, this,
            [this](const QString &pageId, const QString &anchor) { navigate({pageId, anchor}); });
    connect(m_searchPanel, &SearchPanel::activeChanged, m_leftSplitter, &QWidget::setHidden);
    connect(m_searchPanel, &SearchPanel::resultActivated, this,
            [this](const QString &pageId, const QString &anchor, const QStringList &terms) {
                navigate({pageId, anchor});
                const int marked = m_page->highlightTerms(terms);
                statusBar()->showMessage(tr("%n match(es) highlighted", nullptr, marked), 4000);
            });
    connect(m_searchPanel, &SearchPanel::titleChosen, this, [this](const QString &title) {
        for (const Page &page : m_catalogue.pages()) {
            if (page.content.title == title)
                return navigate({page.id, {}});
        }
    });
    connect(m_indexing, &IndexingThread::progress, this, [this](int done, int total) {
        m_indexProgress->setRange(0, total);
        m_indexProgress->setValue(done);
        m_indexProgress->setVisible(done < total);
    });
    connect(m_indexing, &IndexingThread::finished, m_indexProgress, &QWidget::hide);
    connect(m_searchIndex, &SearchIndex::statusChanged, this,
            [this](const QString &status) { statusBar()->showMessage(status, 6000); });
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
}

void MainWindow::startIndexing()
{
    m_indexing->start();
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
    m_actions->previousPage->setEnabled(!m_catalogue.neighbour(location.pageId, -1).isEmpty());
    m_actions->nextPage->setEnabled(!m_catalogue.neighbour(location.pageId, 1).isEmpty());
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
        m_categoryPane->setAudience(location.pageId);
    }

    m_categoryPane->selectPage(location.pageId);

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

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
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
            goInHistory(button == Qt::BackButton ? -1 : 1);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}
