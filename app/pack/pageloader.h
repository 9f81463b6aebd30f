// SPDX-License-Identifier: MIT
#pragma once

#include "markdown/parsedpage.h"
#include "pack/packreader.h"
#include "pack/page.h"
#include "packlayout.h"

/// A page as read: what the catalogue keeps, and the parsed body it shows.
struct LoadedPage
{
    Page page;
    ParsedPage content;
};

/// Turns a file of a pack into a page, as its kind wants it read: front matter taken off and
/// parsed, a book's includes expanded and its hidden code lines hidden, wikilinks and tags of
/// notes recognised. Thread-safe: pages of a pack load in parallel.
class PageLoader final
{
public:
    /// \a highlightCode: the page is parsed for reading, with its code in colour.
    explicit PageLoader(const PackLayout &layout, bool highlightCode = false) : m_layout(layout), m_highlightCode(highlightCode) { }

    LoadedPage load(const SourceFile &file) const;

private:
    const PackLayout &m_layout;
    bool m_highlightCode;
};
