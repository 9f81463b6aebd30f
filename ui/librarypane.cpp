// SPDX-License-Identifier: MIT
#include "librarypane.h"

#include "library/library.h"
#include "models/itemroles.h"
#include "models/librarymodel.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QVBoxLayout>

LibraryPane::LibraryPane(Library &library, QWidget *parent)
    : QWidget(parent), m_library(library), m_model(new LibraryModel(library, this)), m_list(new QListView),
      m_openFolder(new QAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("&Open Folder\u2026"), this)),
      m_closePack(new QAction(tr("&Close Pack"), this)), m_recent(new QMenu(tr("Open &Recent"), this))
{
    setObjectName(QStringLiteral("libraryPane"));
    chooseFolder = [](QWidget *window) {
        return QFileDialog::getExistingDirectory(window, tr("Open a Folder of Markdown"), QString(), QFileDialog::ShowDirsOnly);
    };
    m_openFolder->setShortcuts(QKeySequence::keyBindings(QKeySequence::Open) + QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_O)});
    m_openFolder->setToolTip(tr("Open an mdBook, a notes vault or any folder of Markdown (Ctrl+O)"));
    m_closePack->setToolTip(tr("Close the pack on screen; it stays in the library"));
    m_recent->setObjectName(QStringLiteral("recentMenu"));

    auto *title = new QLabel(tr("&Library"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setContentsMargins(6, 6, 6, 2);
    title->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("libraryList"));
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Library"));
    m_list->setToolTip(tr("Your packs: choose one to read it; right-click to close or remove it"));
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(title);
    layout->addWidget(m_list);

    connect(m_openFolder, &QAction::triggered, this, [this] {
        const QString folder = chooseFolder(window());
        if (!folder.isEmpty())
            emit openRequested(folder);
    });
    // A copy: closing the pack on screen makes another one current while the signal is handled.
    connect(m_closePack, &QAction::triggered, this, [this] { emit closeRequested(QString(m_current)); });
    connect(m_recent, &QMenu::aboutToShow, this, &LibraryPane::fillRecentMenu);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { emit openRequested(index.data(ItemRole::PackRoot).toString()); });
    connect(m_list, &QListView::clicked, m_list, &QListView::activated);
    connect(m_list, &QWidget::customContextMenuRequested, this, &LibraryPane::showContextMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { setCurrent(m_current); });
}

QString LibraryPane::folderIn(const QMimeData *mime)
{
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isDir())
            return url.toLocalFile();
    }
    return {};
}

void LibraryPane::setCurrent(const QString &root)
{
    m_current = root;
    m_closePack->setEnabled(!root.isEmpty() && root != Library::bundledRoot());
    const QSignalBlocker blocker(m_list->selectionModel());
    m_list->setCurrentIndex(m_model->indexForRoot(root));
}

void LibraryPane::fillRecentMenu()
{
    m_recent->clear();
    QVector<LibraryEntry> entries = m_library.entries();
    std::sort(entries.begin(), entries.end(), [](const LibraryEntry &a, const LibraryEntry &b) { return a.lastOpened > b.lastOpened; });
    for (const LibraryEntry &entry : std::as_const(entries)) {
        if (entry.root == m_current || entry.root == Library::bundledRoot())
            continue;
        QAction *action = m_recent->addAction(entry.missing ? tr("%1 (missing)").arg(entry.title) : entry.title, this,
                                              [this, root = entry.root] { emit openRequested(root); });
        action->setToolTip(entry.root);
        action->setEnabled(!entry.missing);
    }
    if (m_recent->isEmpty())
        m_recent->addAction(tr("No other packs yet"))->setEnabled(false);
}

void LibraryPane::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    QMenu menu(this);
    if (index.isValid()) {
        const QString root = index.data(ItemRole::PackRoot).toString();
        const bool bundled = root == Library::bundledRoot();
        if (!index.data(ItemRole::Missing).toBool())
            menu.addAction(tr("Open"), this, [this, root] { emit openRequested(root); });
        QAction *close = menu.addAction(tr("Close"), this, [this, root] { emit closeRequested(root); });
        close->setEnabled(!bundled && index.data(ItemRole::IsOpen).toBool());
        QAction *remove = menu.addAction(tr("Remove from Library"), this, [this, root] {
            emit closeRequested(root);
            m_library.remove(root);
        });
        remove->setEnabled(!bundled);
        menu.addSeparator();
    }
    menu.addAction(m_openFolder);
    menu.exec(m_list->viewport()->mapToGlobal(position));
}
