// SPDX-License-Identifier: MIT
#pragma once

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

/// A link or image reference as written in the Markdown, with its source line.
struct Reference
{
    QString target;
    QString text;
    int line = 1;
};

/// An item of the page's first list that starts with a link: "[Title](page.md): summary".
/// An image before the link is the item's icon.
struct LinkListItem
{
    QString target;
    QString title;
    QString shortTitle; ///< The link's title ("…"): a shorter name for tight spaces
    QString summary;
    QString icon;
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
    /// Code blocks that name a language were left uncoloured (parsed for search or checking,
    /// not for reading): parse again with MarkdownParser::Options::highlightCode to show it.
    bool plainCode = false;
    /// The first line nested deeper than MarkdownParser::MaxNesting, shown flat; 0 when none.
    int deepNestingLine = 0;
};
