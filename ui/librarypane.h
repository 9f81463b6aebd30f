// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <functional>

class Library;
class LibraryModel;
class QAction;
class QListView;
class QMenu;
class QMimeData;

/// The reader's library in the window: the list of packs (the atlas, then every folder opened),
/// File › Open Folder…, Open Recent and Close Pack, and the list's context menu. It only asks:
/// the window opens, shows and closes packs.
class LibraryPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPane)

public:
    explicit LibraryPane(Library &library, QWidget *parent = nullptr);

    QAction *openFolderAction() const { return m_openFolder; }
    QAction *closePackAction() const { return m_closePack; }
    QMenu *recentMenu() const { return m_recent; }
    QListView *list() const { return m_list; }

    /// The local folder among dropped or pasted \a mime data; empty when there is none.
    static QString folderIn(const QMimeData *mime);

    /// Marks \a root as the pack on screen.
    void setCurrent(const QString &root);
    /// Asks for a folder; empty when the reader cancelled. Tests replace the dialog.
    std::function<QString(QWidget *)> chooseFolder;

signals:
    void openRequested(const QString &root);
    void closeRequested(const QString &root);

private:
    void fillRecentMenu();
    void showContextMenu(const QPoint &position);

    Library &m_library;
    LibraryModel *m_model;
    QListView *m_list;
    QAction *m_openFolder;
    QAction *m_closePack;
    QMenu *m_recent;
    QString m_current;
};
