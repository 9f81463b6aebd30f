// SPDX-License-Identifier: MIT
#pragma once

#include <Qt>

/// Roles shared by every model of the atlas.
namespace ItemRole {
enum : int {
    PageId = Qt::UserRole + 1, ///< QString: the page the item opens
    Anchor, ///< QString: section within the page, may be empty
    Title, ///< QString
    Summary, ///< QString: one line for a category tile
    IconPath, ///< QString: file or resource path of the icon, may be empty
    Level, ///< int: heading level (outline)
    Heading, ///< QString: the section a search result matched in
    SnippetHtml, ///< QString: escaped text with <b> around matched words
    HighlightTerms, ///< QStringList: words to highlight in the opened page
    PackRoot, ///< QString: the folder a library entry or search result belongs to
    PackKindName, ///< QString: "atlas", "mdbook", "vault", "folder"
    Missing, ///< bool: the library entry's folder is gone
    IsOpen, ///< bool: the library entry's pack is loaded
    PackTitle, ///< QString: the title of the pack a search result comes from
};
}
