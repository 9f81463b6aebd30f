// SPDX-License-Identifier: MIT
#pragma once

#include "cataloguerecord.h"
#include "categoryentry.h"
#include "contentcache.h"
#include "markdown/linktarget.h"
#include "pack/packlayout.h"
#include "pack/packreader.h"
#include "pack/page.h"
#include "pack/pageloader.h"
#include "pack/problem.h"
#include "pack/wikilinkindex.h"
#include "treenode.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <atomic>

/// A loaded content pack: its kind, its pages, its tree (an atlas's audiences, a book's
/// chapters, a folder's pages), an atlas's category grid and the relations between them, and
/// every problem found on the way. Loading never stops at a problem.
///
/// It keeps the names of every page, not their text: content() reads and parses a page when it
/// is shown, keeping the last few (an atlas, being small, keeps all of them). Loading again with
/// the previous catalogue reads only the files saved since (by FileStamp), and restore() builds
/// one from a CatalogueRecord without reading any page.
class Catalogue final
{
public:
    struct Options
    {
        qint64 maxFileSize = PackReader::DefaultMaxFileSize;
        /// The same pack as loaded before: pages whose files have not changed are taken from it.
        const CatalogueRecord *previous = nullptr;
        /// With more pages than this, list them without reading them (a sketch: titles from file
        /// names, no problems found in pages), so that a large pack shows at once while it is
        /// read. Negative: never.
        qsizetype sketchAbove = -1;
        /// Set by another thread to stop reading pages; the catalogue is then incomplete.
        const std::atomic_bool *cancelled = nullptr;
    };

    /// The pack compiled into the program.
    static QString bundledRoot() { return QStringLiteral(":/content"); }

    static Catalogue load(const QString &root, const Options &options);
    static Catalogue load(const QString &root) { return load(root, Options()); }
    /// The pack at \a root as \a record describes it; no page is read (the structure is derived
    /// from the names alone, except an atlas's lists, read from its few overview pages).
    static Catalogue restore(const QString &root, const CatalogueRecord &record, const Options &options);
    CatalogueRecord record() const;
    /// After load() with a previous catalogue: whether nothing on disk had changed since it.
    bool isUnchanged() const { return m_unchanged; }
    /// Loaded as a sketch (Options::sketchAbove): the pages are still to be read.
    bool isSketch() const { return m_sketch; }
    /// How many pages load() read and parsed (the others came from the previous catalogue).
    int pagesRead() const { return m_pagesRead; }

    Catalogue() = default;
    Catalogue(Catalogue &&) = default;
    Catalogue &operator=(Catalogue &&) = default;

    /// The folder page paths are relative to (a book's src/), absolute.
    QString root() const { return m_layout.pagesRoot; }
    const PackLayout &layout() const { return m_layout; }
    PackKind kind() const { return m_layout.kind; }
    /// The book's or atlas's title, else the folder's name.
    QString title() const;
    const QVector<Page> &pages() const { return m_pages; }
    const Page *page(const QString &id) const;
    /// The page read from the file \a path (any spelling of it: the real files are compared),
    /// or null.
    const Page *pageAtPath(const QString &path) const;
    /// The page's body to show, parsed with md4c, code in colour: each link and image is
    /// resolved once, into its Reference's target, and the HTML carries LinkTarget::href(). Read
    /// from disk unless it was shown lately. A page that can no longer be read gets a body that
    /// says why. While load() runs, a page it read comes as read, to the structure and the
    /// checks: an atlas's ready to show, another pack's without HTML, its links resolved only as
    /// they are checked. Thread-safe.
    ParsedPage content(const QString &id) const;
    /// The page's text and headings, for the search index and anchor checks; its links may be
    /// left unresolved. A page read now is not kept.
    ParsedPage parse(const QString &id) const;
    QString homePageId() const;

    const TreeNode &tree() const { return *m_tree; }
    /// Every page once, in the order the tree shows them (a book's reading order).
    const QStringList &readingOrder() const { return m_readingOrder; }
    /// The page \a steps before (negative) or after \a pageId in reading order; empty at the ends.
    QString neighbour(const QString &pageId, int steps) const;
    const QVector<CategoryEntry> &categories() const { return m_categories; }
    /// Whether \a pageId is one of the atlas's categories.
    bool isCategory(const QString &pageId) const;
    /// Whether \a pageId names a page with relations (an audience); others show every category.
    bool hasRelations(const QString &pageId) const { return m_relations.contains(pageId); }
    QStringList relatedCategories(const QString &pageId) const { return m_relations.value(pageId); }

    const QVector<Problem> &problems() const { return m_problems; }
    int errorCount() const;

    /// The figure of the category grid (a file or resource path), empty for plain folders.
    QString figurePath() const { return m_figurePath; }
    QString figureCaption() const { return m_figureCaption; }

    /// Where \a href, written on page \a fromPageId, leads: relative paths, a book's "x.html" for
    /// "x.md", a vault's "wiki:" targets (wikilinks) by name. The one resolver: content() and
    /// load() call it once for each reference.
    LinkTarget resolve(const QString &fromPageId, const QString &href) const;
    /// A file or resource path for \a relativePath inside the pack; empty when the file is a
    /// symbolic link that leads outside the pack's folder.
    QString filePath(const QString &relativePath) const;

private:
    void loadPages(const PackReader &reader, const QVector<SourceEntry> &entries, const Options &options);
    /// With \a toShow, as content() has it; else as parse().
    ParsedPage read(const QString &id, bool toShow) const;
    void resolveReferences(const QString &pageId, ParsedPage *content) const;
    /// The body load() read, while it runs; else null.
    const ParsedPage *beingLoaded(const QString &id) const;
    void setPages(const QVector<Page> &pages);
    void buildWikiLinks();
    void buildStructure();
    /// Checks the links of the pages load() \a read; with \a resolveFirst (pages read to be
    /// checked, not shown), resolves each page's first and lets them go once checked.
    void checkLinks(QHash<QString, ParsedPage> *read, bool resolveFirst);
    void collectProblems();
    PackReader reader() const { return PackReader(m_layout.pagesRoot, m_maxFileSize); }
    quint64 layoutStamp() const;
    LinkTarget resolveFrom(const QString &fromPath, const QString &href) const;
    PageLoader::Resolve resolver() const;

    PackLayout m_layout;
    QString m_canonicalBookRoot;
    qint64 m_maxFileSize = PackReader::DefaultMaxFileSize;
    QVector<Page> m_pages;
    QHash<QString, int> m_indexById;
    QVector<Problem> m_packProblems;
    QVector<Problem> m_structureProblems;
    QStringList m_otherFiles;
    quint64 m_layoutStamp = 0;
    bool m_unchanged = false;
    bool m_sketch = false;
    int m_pagesRead = 0;
    std::unique_ptr<ContentCache> m_contents = std::make_unique<ContentCache>(RecentPages);
    const QHash<QString, ParsedPage> *m_loading = nullptr; ///< Bodies read by load(), while it runs.
    static constexpr int RecentPages = 16;
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
