// SPDX-License-Identifier: MIT
#pragma once

#include "categoryentry.h"
#include "markdown/parsedpage.h"
#include "pack/packkind.h"
#include "pack/page.h"
#include "treenode.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <functional>

/// The browsable structure of a pack.
struct PackStructure
{
    std::unique_ptr<TreeNode> tree = std::make_unique<TreeNode>();
    QVector<CategoryEntry> categories;
    QHash<QString, QStringList> relations; ///< page id -> ids of the categories it links to
    QString figurePath; ///< the category overview's first image, if any
    QString figureCaption;
};

/// Derives the structure of an atlas or a folder from the Markdown alone (a book's comes from
/// its summary: BookTreeBuilder).
///
/// An atlas pack has an index page whose first list links two overview pages: the first one's
/// list of links gives the audiences (each with its sections as children), the second one's
/// list gives the category grid ("![](icon.svg) [Title](page.md): summary"). Links from an
/// audience page to category pages are the relations.
/// A folder or notes vault becomes a tree of folders and pages by title, in natural order; a
/// vault's tags follow as a list of their own.
class TreeBuilder final
{
public:
    /// The body of a page with its links resolved (Catalogue::content()), for an atlas's lists.
    using ContentOf = std::function<ParsedPage(const QString &pageId)>;

    TreeBuilder(const QString &root, const QVector<Page> &pages, const QHash<QString, int> &indexById, ContentOf contentOf);

    PackStructure build(PackKind kind) const;

private:
    const Page *page(const QString &id) const;
    /// The page that \a reference of a body leads to, if it is one of the pack's.
    QString linkedPageId(const Reference &reference) const;
    bool buildAtlas(PackStructure *structure) const;
    void buildFolders(PackStructure *structure) const;
    void buildTags(PackStructure *structure) const;
    QStringList linkedCategories(const Page &page, const ParsedPage &content, const QVector<CategoryEntry> &categories) const;

    QString m_root;
    const QVector<Page> &m_pages;
    const QHash<QString, int> &m_indexById;
    ContentOf m_contentOf;
};
