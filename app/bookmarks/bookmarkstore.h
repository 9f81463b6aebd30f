// SPDX-License-Identifier: MIT
#pragma once

#include "bookmarknode.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

/// The user's bookmarks, kept as XBEL 1.0 in one file (defaultPath()), written atomically.
///
/// A file that cannot be read as XBEL is reported (error(), one line) and left exactly as it
/// is: the store then holds no bookmarks and refuses to save, so the user's bookmarks are never
/// overwritten by an empty list. A missing file is no error: there are no bookmarks yet.
class BookmarkStore final
{
    Q_DECLARE_TR_FUNCTIONS(BookmarkStore)

public:
    explicit BookmarkStore(const QString &path = defaultPath());

    /// QStandardPaths::AppDataLocation + "/bookmarks.xbel" ($XDG_DATA_HOME/rust-atlas/…).
    static QString defaultPath();

    /// Reads the file; false, with error() set, when it exists and cannot be read.
    bool load();
    /// Writes the bookmarks (QSaveFile: the old file stays whole until the new one is complete);
    /// false, with error() set, when it fails or the file on disk could not be read.
    bool save();

    BookmarkNode &root() { return *m_root; }
    const BookmarkNode &root() const { return *m_root; }
    QString path() const { return m_path; }
    QString error() const { return m_error; }
    /// False after a load() that failed: saving would lose what the file holds.
    bool canSave() const { return m_canSave; }

    /// Adds the folders and bookmarks of the XBEL file \a path as a new folder named after it.
    bool importFile(const QString &path);
    /// Writes all bookmarks to the XBEL file \a path.
    bool exportFile(const QString &path);

private:
    bool writeTo(const QString &path);

    QString m_path;
    std::unique_ptr<BookmarkNode> m_root;
    QString m_error;
    bool m_canSave = true;
};
