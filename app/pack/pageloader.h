// SPDX-License-Identifier: MIT
#pragma once

#include "content/packreader.h"
#include "content/page.h"
#include "markdown/parsedpage.h"
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
    explicit PageLoader(const PackLayout &layout) : m_layout(layout) {}

    LoadedPage load(const SourceFile &file) const;

private:
    const PackLayout &m_layout;
};
