// SPDX-License-Identifier: MIT
#pragma once

#include "categoryentry.h"
#include "page.h"
#include "treenode.h"

#include <QHash>
#include <QStringList>
#include <QVector>

/// The browsable structure of a pack.
struct PackStructure
{
    std::unique_ptr<TreeNode> tree = std::make_unique<TreeNode>();
    QVector<CategoryEntry> categories;
    QHash<QString, QStringList> relations; ///< page id -> ids of the categories it links to
    QString figurePath;                    ///< the category overview's first image, if any
    QString figureCaption;
};

/// Derives the structure from the Markdown alone.
///
/// An atlas pack has an index page whose first list links two overview pages: the first one's
/// list of links gives the audiences (each with its sections as children), the second one's
/// list gives the category grid ("![](icon.svg) [Title](page.md): summary"). Links from an
/// audience page to category pages are the relations.
/// Any other folder of Markdown becomes a tree of folders and pages named by their first
/// headings, with every page in the grid.
class TreeBuilder final
{
public:
    TreeBuilder(const QString &root, const QVector<Page> &pages, const QHash<QString, int> &indexById);

    PackStructure build() const;

private:
    const Page *page(const QString &id) const;
    QString resolvePageId(const Page &from, const QString &href) const;
    bool buildAtlas(PackStructure *structure) const;
    void buildFolders(PackStructure *structure) const;
    QStringList linkedCategories(const Page &page, const QVector<CategoryEntry> &categories) const;

    QString m_root;
    const QVector<Page> &m_pages;
    const QHash<QString, int> &m_indexById;
};
