// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>
#include <vector>

class BookmarkStore;
struct BookmarkNode;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

/// Manage Bookmarks: the folders and bookmarks as a tree. Rename in place (F2 or a double
/// click on a folder), drag to move, New Folder, Delete, and Undo for any of them.
class BookmarkManager final : public QDialog
{
    Q_OBJECT

public:
    BookmarkManager(BookmarkStore &store, QWidget *parent = nullptr);
    ~BookmarkManager() override;

    QTreeWidget *tree() const { return m_tree; }

public slots:
    void newFolder();
    void deleteSelected();
    void undo();

signals:
    /// The bookmarks changed (and are in the store): time to save.
    void changed();

private:
    void populate();
    /// The store's tree made again from the widget's (after an edit or a drag).
    void takeFromWidget();
    void remember();

    BookmarkStore &m_store;
    QTreeWidget *m_tree;
    QPushButton *m_undo;
    std::vector<std::unique_ptr<BookmarkNode>> m_undoStack; ///< earlier states, newest last
    bool m_populating = false;
};
