// SPDX-License-Identifier: MIT
#pragma once

#include "content/packreader.h"
#include "content/page.h"
#include "packlayout.h"

/// Turns a file of a pack into a page, as its kind wants it read: front matter taken off and
/// parsed, a book's includes expanded and its hidden code lines hidden, wikilinks and tags of
/// notes recognised. Thread-safe: pages of a pack load in parallel.
class PageLoader final
{
public:
    explicit PageLoader(const PackLayout &layout) : m_layout(layout) {}

    Page load(const SourceFile &file) const;

private:
    const PackLayout &m_layout;
};
