// SPDX-License-Identifier: MIT
#pragma once

#include "linktarget.h"

#include <QString>
#include <QStringList>
#include <QVector>

/// A heading of a page, with the anchor that links and the outline use.
struct Heading
{
    int level = 1;
    QString text;
    QString anchor;
    int offset = 0; ///< Where the heading's text starts in ParsedPage::plainText (search maps matches to sections).
};

/// A link or image reference of the Markdown (raw HTML's <a href> and <img src> included), with
/// its source line and, once resolved, where it leads.
struct Reference
{
    QString written; ///< As the page has it: "../intro.md#why", "wiki:Note#Heading"
    QString text;
    int line = 1;
    LinkTarget target; ///< Invalid until resolved (MarkdownParser::Options::resolve, Catalogue)
};

/// An item of the page's first list that starts with a link: "[Title](page.md): summary".
/// An image before the link is the item's icon.
struct LinkListItem
{
    int link = -1; ///< Its link, in ParsedPage::links
    QString title;
    QString shortTitle; ///< The link's title ("…"): a shorter name for tight spaces
    QString summary;
    int icon = -1; ///< Its icon in ParsedPage::images; -1 for none
};

/// Everything the atlas needs from one Markdown page, produced by MarkdownParser.
struct ParsedPage
{
    QString title;
    QVector<Heading> headings;
    QVector<Reference> links;
    QVector<Reference> images;
    QVector<LinkListItem> linkList;
    QString firstParagraph;
    QString plainText;
    QString html;
    QStringList tags; ///< Inline "#tag" words, when asked for.
    QStringList htmlAnchors; ///< Anchors set in raw HTML (<a id="x">, <a name="x">); links may target them.
    QString error; ///< Non-empty when md4c failed; the other fields then hold what was parsed.
    /// The first line nested deeper than MarkdownParser::MaxNesting, shown flat; 0 when none.
    int deepNestingLine = 0;
};
