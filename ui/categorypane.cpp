// SPDX-License-Identifier: MIT
#include "categorypane.h"

#include "categorygriddelegate.h"
#include "comparedialog.h"
#include "content/catalogue.h"
#include "figureview.h"
#include "matrixdialog.h"
#include "models/categorylistmodel.h"
#include "models/itemroles.h"
#include "models/relatedcategoryproxymodel.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QVBoxLayout>

CategoryPane::CategoryPane(const Catalogue &catalogue, QWidget *parent)
    : QSplitter(Qt::Vertical, parent), m_catalogue(catalogue), m_categories(new CategoryListModel(catalogue, this)),
      m_related(new RelatedCategoryProxyModel(catalogue, this)), m_figure(new FigureView), m_title(new QLabel), m_grid(new QListView)
{
    setObjectName(QStringLiteral("centreSplitter"));
    m_related->setSourceModel(m_categories);
    m_figure->setFigure(catalogue.figurePath(), catalogue.figureCaption());
    m_figure->setCategories(catalogue.categories());

    m_grid->setObjectName(QStringLiteral("categoryGrid"));
    m_grid->setModel(m_related);
    auto *delegate = new CategoryGridDelegate(m_grid);
    QStringList iconPaths;
    for (const CategoryEntry &category : catalogue.categories())
        iconPaths << category.iconPath;
    delegate->preloadIcons(iconPaths, m_grid->devicePixelRatioF());
    m_grid->setItemDelegate(delegate);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setUniformItemSizes(true);
    m_grid->setGridSize(CategoryGridDelegate::tileSize() + QSize(CategoryGridDelegate::GridSpacing, CategoryGridDelegate::GridSpacing));
    m_grid->viewport()->installEventFilter(this);
    m_grid->setMouseTracking(true);
    m_grid->viewport()->setAttribute(Qt::WA_Hover); // tiles light up under the pointer
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setAccessibleName(tr("Categories"));
    m_grid->setToolTip(tr("What Rust is used for: click a tile, or press Enter, to open it"));
    m_title->setObjectName(QStringLiteral("gridTitle"));
    m_title->setContentsMargins(6, 6, 6, 2);
    m_title->setBuddy(m_grid);

    auto *gridColumn = new QWidget;
    auto *layout = new QVBoxLayout(gridColumn);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_grid);
    addWidget(m_figure);
    addWidget(gridColumn);
    // Only once it has a parent: showing it earlier would make it a window of its own.
    m_figure->setVisible(!catalogue.figurePath().isEmpty());
    setSizes({300, 460});

    // A single click opens a tile, as in the tree and the results; Enter opens the focused one.
    // (A double-click's second activation opens the page already open, which changes nothing.)
    const auto open = [this](const QModelIndex &index) { emit categoryActivated(index.data(ItemRole::PageId).toString()); };
    connect(m_grid, &QListView::activated, this, open);
    connect(m_grid, &QListView::clicked, this, [open](const QModelIndex &index) {
        if (!(QApplication::keyboardModifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
            open(index);
    });
    m_grid->installEventFilter(this);
    // Two categories side by side: "Compare with" on a tile's menu, or Ctrl+click a second tile.
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        if (const QModelIndex index = m_grid->indexAt(at); index.isValid())
            compareMenu(index.data(ItemRole::PageId).toString())->popup(m_grid->viewport()->mapToGlobal(at));
    });
    connect(m_grid, &QListView::pressed, this, [this](const QModelIndex &index) {
        if (QApplication::keyboardModifiers() & Qt::ControlModifier && !m_lastTile.isEmpty()
            && m_lastTile != index.data(ItemRole::PageId).toString())
            showComparison(m_lastTile, index.data(ItemRole::PageId).toString());
        m_lastTile = index.data(ItemRole::PageId).toString();
    });
    connect(m_figure, &FigureView::categoryActivated, this, &CategoryPane::categoryActivated);
    connect(m_related, &QAbstractItemModel::modelReset, this, &CategoryPane::showFiltered);
    connect(m_related, &QAbstractItemModel::layoutChanged, this, &CategoryPane::showFiltered);
    connect(m_related, &QAbstractItemModel::rowsInserted, this, &CategoryPane::showFiltered);
    connect(m_related, &QAbstractItemModel::rowsRemoved, this, &CategoryPane::showFiltered);
    showFiltered();
}

void CategoryPane::setAudience(const QString &pageId)
{
    m_related->setAudience(pageId);
}

void CategoryPane::selectPage(const QString &pageId)
{
    const QModelIndex tile = m_related->mapFromSource(m_categories->indexForPage(pageId));
    m_figure->setOpenPage(pageId);
    const QSignalBlocker blocker(m_grid->selectionModel());
    if (tile.isValid()) {
        m_grid->setCurrentIndex(tile);
        m_grid->scrollTo(tile);
    } else {
        m_grid->clearSelection();
    }
    m_grid->viewport()->update();
}

void CategoryPane::showFiltered()
{
    // The figure dims what the grid leaves out.
    QSet<QString> dimmed;
    if (m_related->isFiltering()) {
        for (const CategoryEntry &category : m_catalogue.categories())
            dimmed.insert(category.pageId);
        for (int row = 0; row < m_related->rowCount(); ++row)
            dimmed.remove(m_related->index(row, 0).data(ItemRole::PageId).toString());
    }
    m_figure->setDimmedPages(dimmed);

    const int shown = m_related->rowCount();
    const Page *audience = m_catalogue.page(m_related->audience());
    m_title->setText(m_related->isFiltering() && audience
                         ? tr("Categories for %1 (%2 of %3)").arg(audience->title).arg(shown).arg(m_categories->rowCount())
                         : tr("All categories (%1)").arg(shown));
}

bool CategoryPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid->viewport() && event->type() == QEvent::Resize)
        fitTiles();
    // Arriving by keyboard: the focus mark is on a tile at once, and the arrows move from it.
    if (watched == m_grid && event->type() == QEvent::FocusIn && !m_grid->currentIndex().isValid() && m_related->rowCount() > 0)
        m_grid->selectionModel()->setCurrentIndex(m_related->index(0, 0), QItemSelectionModel::NoUpdate);
    return QSplitter::eventFilter(watched, event);
}

void CategoryPane::fitTiles()
{
    const int spacing = CategoryGridDelegate::GridSpacing;
    const int width = m_grid->viewport()->width();
    const int smallest = CategoryGridDelegate::tileSize().width() + spacing;
    const int columns = std::max(1, width / smallest);
    // Narrower than one tile: the tile narrows with the pane instead of being cut off.
    const QSize cell(std::max(std::min(smallest, width), width / columns), CategoryGridDelegate::tileSize().height() + spacing);
    if (cell != m_grid->gridSize())
        m_grid->setGridSize(cell);
}

void CategoryPane::showMatrix()
{
    auto *dialog = new MatrixDialog(m_catalogue, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MatrixDialog::categoryActivated, this, &CategoryPane::categoryActivated);
    dialog->show();
}

QMenu *CategoryPane::compareMenu(const QString &pageId)
{
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QString title = m_catalogue.page(pageId) ? m_catalogue.page(pageId)->title : pageId;
    QMenu *with = menu->addMenu(tr("Compare \u201c%1\u201d With").arg(title));
    for (const CategoryEntry &category : m_catalogue.categories()) {
        if (category.pageId != pageId)
            with->addAction(category.title, this, [this, pageId, other = category.pageId] { showComparison(pageId, other); });
    }
    return menu;
}

void CategoryPane::showComparison(const QString &firstId, const QString &secondId)
{
    auto *dialog = new CompareDialog(m_catalogue, firstId, secondId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}
