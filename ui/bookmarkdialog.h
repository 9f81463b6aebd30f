// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

struct BookmarkNode;
class QComboBox;
class QLineEdit;

/// Bookmark This Page (Ctrl+D): the bookmark's name, and the folder it goes in (or a new one).
class BookmarkDialog final : public QDialog
{
    Q_OBJECT

public:
    /// \a root holds the folders offered; \a title is proposed as the name.
    BookmarkDialog(BookmarkNode &root, const QString &title, QWidget *parent = nullptr);

    QString title() const;
    /// The folder chosen: one of \a root's, \a root itself, or a new folder made in it now.
    BookmarkNode *folder() const;

private:
    BookmarkNode &m_root;
    QLineEdit *m_title;
    QComboBox *m_folder;
    QLineEdit *m_newFolder;
};
