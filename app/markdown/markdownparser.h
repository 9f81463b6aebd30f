// SPDX-License-Identifier: MIT
#pragma once

#include "parsedpage.h"

#include <QByteArray>

#include <functional>

/// The one place that talks to md4c. Parses UTF-8 Markdown (CommonMark with GitHub tables,
/// strikethrough, task lists and autolinks) into a ParsedPage: title, outline with stable
/// anchors, links and images with their source lines, the first list of links, plain text
/// for the search index and HTML for display.
class MarkdownParser final
{
public:
    struct Options
    {
        bool wikiLinks = false; ///< [[Note]] links, as "wiki:" targets
        bool hideRustLines = false; ///< mdBook's hidden lines ("# ") in Rust code blocks
        bool collectTags = false; ///< inline "#tag" words into ParsedPage::tags
        bool highlightCode = false; ///< colour code blocks (CodeHighlighter), for reading
        /// Where a link or image written on the page leads. With it, each Reference gets its
        /// target and the HTML carries LinkTarget::href(); without it (a page parsed for search
        /// or checking), the HTML keeps the addresses as written.
        std::function<LinkTarget(const QString &written)> resolve;
    };

    /// Quotes, lists and emphasis nested deeper than this are shown flat (ParsedPage::
    /// deepNestingLine): Qt's rich text takes time that grows with the square of the depth.
    static constexpr int MaxNesting = 32;

    /// \a utf8 must be valid UTF-8; PackReader repairs files that are not.
    static ParsedPage parse(const QByteArray &utf8, const Options &options);
    static ParsedPage parse(const QByteArray &utf8) { return parse(utf8, Options()); }
};
