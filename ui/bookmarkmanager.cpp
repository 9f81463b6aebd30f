// SPDX-License-Identifier: MIT
#include "bookmarkmanager.h"

#include "bookmarks/bookmarkstore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int NodeRole = Qt::UserRole; ///< a copy of the node's own fields (children not used)

QTreeWidgetItem *itemFor(const BookmarkNode &node)
{
    auto *item = new QTreeWidgetItem({node.title, node.href});
    auto copy = std::make_shared<BookmarkNode>();
    copy->kind = node.kind;
    copy->href = node.href;
    copy->packRoot = node.packRoot;
    copy->pageId = node.pageId;
    copy->added = node.added;
    item->setData(0, NodeRole, QVariant::fromValue(copy));
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemIsDragEnabled;
    if (node.isFolder())
        flags |= Qt::ItemIsDropEnabled;
    item->setFlags(flags);
    for (const auto &child : node.children)
        item->addChild(itemFor(*child));
    return item;
}

std::unique_ptr<BookmarkNode> nodeFor(const QTreeWidgetItem *item)
{
    auto node = std::make_unique<BookmarkNode>();
    if (const auto copy = item->data(0, NodeRole).value<std::shared_ptr<BookmarkNode>>()) {
        node->kind = copy->kind;
        node->href = copy->href;
        node->packRoot = copy->packRoot;
        node->pageId = copy->pageId;
        node->added = copy->added;
    }
    node->title = item->text(0).simplified();
    for (int i = 0; i < item->childCount(); ++i)
        node->add(nodeFor(item->child(i)));
    return node;
}

} // namespace

Q_DECLARE_METATYPE(std::shared_ptr<BookmarkNode>)

BookmarkManager::BookmarkManager(BookmarkStore &store, QWidget *parent)
    : QDialog(parent), m_store(store), m_tree(new QTreeWidget(this)), m_undo(new QPushButton(tr("&Undo"), this))
{
    setWindowTitle(tr("Manage Bookmarks"));
    resize(640, 420);
    m_tree->setObjectName(QStringLiteral("bookmarkTree"));
    m_tree->setHeaderLabels({tr("Name"), tr("Leads to")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->setAccessibleName(tr("Bookmarks"));
    auto *newFolder = new QPushButton(tr("New &Folder"), this);
    auto *remove = new QPushButton(tr("&Delete"), this);
    m_undo->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(newFolder, QDialogButtonBox::ActionRole);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(newFolder, &QPushButton::clicked, this, &BookmarkManager::newFolder);
    connect(remove, &QPushButton::clicked, this, &BookmarkManager::deleteSelected);
    connect(m_undo, &QPushButton::clicked, this, &BookmarkManager::undo);
    new QShortcut(QKeySequence::Delete, m_tree, this, &BookmarkManager::deleteSelected);
    new QShortcut(QKeySequence::Undo, this, this, &BookmarkManager::undo);
    // Renames and drops both end as a change of the widget's items.
    connect(m_tree, &QTreeWidget::itemChanged, this, [this] {
        if (!m_populating)
            takeFromWidget();
    });
    connect(m_tree->model(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_populating)
            takeFromWidget();
    });
    populate();
}

BookmarkManager::~BookmarkManager() = default;

void BookmarkManager::populate()
{
    m_populating = true;
    m_tree->clear();
    for (const auto &child : m_store.root().children)
        m_tree->addTopLevelItem(itemFor(*child));
    m_tree->expandAll();
    m_populating = false;
    m_undo->setEnabled(!m_undoStack.empty());
}

void BookmarkManager::remember()
{
    m_undoStack.push_back(m_store.root().clone());
    m_undo->setEnabled(true);
}

void BookmarkManager::takeFromWidget()
{
    remember();
    BookmarkNode &root = m_store.root();
    root.children.clear();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        root.add(nodeFor(m_tree->topLevelItem(i)));
    emit changed();
}

void BookmarkManager::newFolder()
{
    remember();
    auto folder = std::make_unique<BookmarkNode>();
    folder->title = tr("New folder");
    m_store.root().add(std::move(folder));
    populate();
    emit changed();
    QTreeWidgetItem *item = m_tree->topLevelItem(m_tree->topLevelItemCount() - 1);
    m_tree->setCurrentItem(item);
    m_tree->editItem(item);
}

void BookmarkManager::deleteSelected()
{
    const QList<QTreeWidgetItem *> selected = m_tree->selectedItems();
    if (selected.isEmpty())
        return;
    // A folder takes its contents with it: items inside another selected one go that way.
    const auto insideSelected = [&selected](const QTreeWidgetItem *item) {
        for (const QTreeWidgetItem *up = item->parent(); up; up = up->parent()) {
            if (selected.contains(up))
                return true;
        }
        return false;
    };
    QList<QTreeWidgetItem *> outermost;
    for (QTreeWidgetItem *item : selected) {
        if (!insideSelected(item))
            outermost.push_back(item);
    }
    m_populating = true;
    qDeleteAll(outermost);
    m_populating = false;
    takeFromWidget();
}

void BookmarkManager::undo()
{
    if (m_undoStack.empty())
        return;
    BookmarkNode &root = m_store.root();
    root.children.clear();
    for (auto &child : m_undoStack.back()->children)
        root.add(child->clone());
    m_undoStack.pop_back();
    populate();
    emit changed();
}
