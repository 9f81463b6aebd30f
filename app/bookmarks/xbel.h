// SPDX-License-Identifier: MIT
#pragma once

#include "bookmarknode.h"

#include <QByteArray>
#include <QString>

#include <memory>

/// XBEL 1.0, the XML Bookmark Exchange Language that browsers and bookmark tools read and write:
/// folders, bookmarks with href, title and added, and our own metadata (the pack and page a
/// bookmark leads to) in <info><metadata owner="rust-atlas">, which other readers skip.
namespace Xbel {
constexpr qint64 MaxBytes = 16 * 1024 * 1024; ///< A bookmarks file larger than this is refused.
constexpr int MaxDepth = 200; ///< Folders nested deeper are refused.

/// The folders and bookmarks of \a xml, under a root folder; null with \a error set
/// ("line 3, column 5: …") when it is not XBEL we can read. Entities expand only within a small
/// limit, no external resource is ever read, and the depth is bounded.
std::unique_ptr<BookmarkNode> read(const QByteArray &xml, QString *error);
/// \a root's children as an XBEL 1.0 document.
QByteArray write(const BookmarkNode &root);
} // namespace Xbel
