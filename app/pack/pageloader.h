// SPDX-License-Identifier: MIT
#pragma once

#include "markdown/parsedpage.h"
#include "pack/packreader.h"
#include "pack/page.h"
#include "packlayout.h"

#include <functional>

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
    /// Where \a written, on the page at \a fromPath (relative to the pack), leads.
    using Resolve = std::function<LinkTarget(const QString &fromPath, const QString &written)>;

    /// \a resolve, for a page to be shown: where its links lead (MarkdownParser::Options::
    /// resolve), and its code in colour.
    explicit PageLoader(const PackLayout &layout, Resolve resolve = {}) : m_layout(layout), m_resolve(std::move(resolve)) { }

    LoadedPage load(const SourceFile &file) const;

private:
    const PackLayout &m_layout;
    Resolve m_resolve;
};
