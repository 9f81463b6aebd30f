// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QString>

#include <memory>
#include <vector>

/// A folder or a bookmark of the user's bookmarks, as XBEL 1.0 has them.
///
/// A bookmark names its page so that it keeps working when the pack is opened again: pageId
/// (with an anchor after '#') within packRoot, the pack's folder, empty for the bundled atlas.
/// href is what other XBEL readers see: "atlas:ID" for the bundled atlas, the page's file:// URL
/// otherwise.
struct BookmarkNode
{
    enum class Kind { Folder, Bookmark };

    Kind kind = Kind::Folder;
    QString title;
    QString href;
    QString packRoot;
    QString pageId;
    QDateTime added;
    BookmarkNode *parent = nullptr;
    std::vector<std::unique_ptr<BookmarkNode>> children;

    bool isFolder() const { return kind == Kind::Folder; }
    /// Appends \a child and returns it.
    BookmarkNode *add(std::unique_ptr<BookmarkNode> child);
    /// Takes the child at \a row out of this folder.
    std::unique_ptr<BookmarkNode> take(int row);
    int row() const;
    /// A deep copy, without parent.
    std::unique_ptr<BookmarkNode> clone() const;
    /// How many bookmarks there are in this folder and its folders.
    int bookmarkCount() const;
};
