// SPDX-License-Identifier: MIT
#pragma once

#include "categoryentry.h"
#include "linktarget.h"
#include "pack/packlayout.h"
#include "pack/wikilinkindex.h"
#include "page.h"
#include "packreader.h"
#include "problem.h"
#include "treenode.h"

#include <QHash>
#include <QStringList>
#include <QVector>

/// A loaded content pack: its kind, its pages, its tree (an atlas's audiences, a book's
/// chapters, a folder's pages), an atlas's category grid and the relations between them, and
/// every problem found on the way. Loading never stops at a problem.
class Catalogue final
{
public:
    struct Options
    {
        qint64 maxFileSize = PackReader::DefaultMaxFileSize;
    };

    /// The pack compiled into the program.
    static QString bundledRoot() { return QStringLiteral(":/content"); }

    static Catalogue load(const QString &root, const Options &options);
    static Catalogue load(const QString &root) { return load(root, Options()); }

    /// The folder page paths are relative to (a book's src/), absolute.
    QString root() const { return m_layout.pagesRoot; }
    const PackLayout &layout() const { return m_layout; }
    PackKind kind() const { return m_layout.kind; }
    /// The book's or atlas's title, else the folder's name.
    QString title() const;
    const QVector<Page> &pages() const { return m_pages; }
    /// Every page's title once, for completion.
    QStringList pageTitles() const;
    const Page *page(const QString &id) const;
    QString homePageId() const;

    const TreeNode &tree() const { return *m_tree; }
    /// Every page once, in the order the tree shows them (a book's reading order).
    const QStringList &readingOrder() const { return m_readingOrder; }
    /// The page \a steps before (negative) or after \a pageId in reading order; empty at the ends.
    QString neighbour(const QString &pageId, int steps) const;
    const QVector<CategoryEntry> &categories() const { return m_categories; }
    /// Whether \a pageId names a page with relations (an audience); others show every category.
    bool hasRelations(const QString &pageId) const { return m_relations.contains(pageId); }
    QStringList relatedCategories(const QString &pageId) const { return m_relations.value(pageId); }

    const QVector<Problem> &problems() const { return m_problems; }
    int errorCount() const;

    /// The figure of the category grid (a file or resource path), empty for plain folders.
    QString figurePath() const { return m_figurePath; }
    QString figureCaption() const { return m_figureCaption; }

    /// Where \a href, written on page \a fromPageId, leads: relative paths, a book's "x.html" for
    /// "x.md", a vault's "wiki:" targets (wikilinks) by name.
    LinkTarget resolve(const QString &fromPageId, const QString &href) const;
    /// A file or resource path for \a relativePath inside the pack; empty when the file is a
    /// symbolic link that leads outside the pack's folder.
    QString filePath(const QString &relativePath) const;

private:
    void loadPages(const QVector<SourceFile> &files);
    void buildStructure();
    LinkTarget resolveWikiLink(const QString &fromPath, const QString &link) const;
    LinkTarget resolveBookHtml(LinkTarget target) const;

    PackLayout m_layout;
    QString m_canonicalBookRoot;
    QVector<Page> m_pages;
    QHash<QString, int> m_indexById;
    std::unique_ptr<TreeNode> m_tree;
    QVector<CategoryEntry> m_categories;
    QHash<QString, QStringList> m_relations;
    QVector<Problem> m_problems;
    QStringList m_readingOrder;
    QHash<QString, int> m_readingPosition;
    WikiLinkIndex m_wikiLinks{QStringList()};
    QString m_figurePath;
    QString m_figureCaption;
};
