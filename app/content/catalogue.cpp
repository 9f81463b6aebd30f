// SPDX-License-Identifier: MIT
#include "catalogue.h"

#include <algorithm>

#include "content/booktreebuilder.h"
#include "linkchecker.h"
#include "pack/packdetector.h"
#include "pack/pageloader.h"
#include "pack/summaryparser.h"
#include "pack/titledisambiguator.h"
#include "packlinkresolver.h"
#include "treebuilder.h"

#include "changedpagereader.h"
#include "filestamp.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
void collectOrder(const TreeNode &node, QStringList *order, QSet<QString> *seen)
{
    for (const auto &child : node.children) {
        if (!child->pageId.isEmpty() && child->anchor.isEmpty() && !seen->contains(child->pageId)) {
            seen->insert(child->pageId);
            order->push_back(child->pageId);
        }
        collectOrder(*child, order, seen);
    }
}
} // namespace

Catalogue Catalogue::load(const QString &root, const Options &options)
{
    Catalogue catalogue;
    catalogue.m_maxFileSize = options.maxFileSize;
    catalogue.m_layout = PackDetector::detect(root);
    catalogue.m_packProblems = catalogue.m_layout.problems;
    const QString pagesRoot = catalogue.m_layout.pagesRoot;
    if (!QFileInfo(pagesRoot).isDir()) {
        catalogue.m_packProblems.push_back({pagesRoot, 1, QStringLiteral("content folder does not exist or is not a folder")});
        catalogue.m_tree = std::make_unique<TreeNode>();
        catalogue.collectProblems();
        return catalogue;
    }
    catalogue.m_canonicalBookRoot = QFileInfo(catalogue.m_layout.bookRoot).canonicalFilePath();
    catalogue.m_layoutStamp = catalogue.layoutStamp();

    PackReader reader = catalogue.reader();
    if (catalogue.kind() == PackKind::Book)
        reader.setExcluded({QStringLiteral("SUMMARY.md")});
    const QVector<SourceEntry> entries = reader.list(&catalogue.m_packProblems, &catalogue.m_otherFiles);
    if (catalogue.kind() == PackKind::Folder && PackDetector::looksLikeVault(reader, entries))
        catalogue.m_layout.kind = PackKind::Vault;
    if (options.sketchAbove >= 0 && entries.size() > options.sketchAbove) {
        catalogue.m_sketch = true;
        CatalogueRecord record;
        for (const SourceEntry &entry : entries)
            record.pages.push_back({entry.id, entry.path, {}, {}, {}, {}, {}, {}, 0, {}});
        catalogue.setPages(record.pages);
        catalogue.buildWikiLinks();
        catalogue.buildStructure();
        catalogue.collectProblems();
        return catalogue;
    }
    catalogue.loadPages(reader, entries, options);
    return catalogue;
}

Catalogue Catalogue::restore(const QString &root, const CatalogueRecord &record, const Options &options)
{
    Catalogue catalogue;
    catalogue.m_maxFileSize = options.maxFileSize;
    catalogue.m_layout = PackDetector::detect(root);
    if (catalogue.m_layout.kind == PackKind::Folder)
        catalogue.m_layout.kind = record.kind; // a folder whose pages turned out to be notes
    catalogue.m_canonicalBookRoot = QFileInfo(catalogue.m_layout.bookRoot).canonicalFilePath();
    catalogue.setPages(record.pages);
    catalogue.m_packProblems = record.packProblems;
    catalogue.m_otherFiles = record.otherFiles;
    catalogue.m_layoutStamp = record.layoutStamp;
    catalogue.buildWikiLinks();
    catalogue.buildStructure();
    catalogue.collectProblems();
    return catalogue;
}

CatalogueRecord Catalogue::record() const
{
    return {m_layout.kind, m_pages, m_packProblems, m_otherFiles, m_layoutStamp};
}

quint64 Catalogue::layoutStamp() const
{
    const QDir book(m_layout.bookRoot);
    return FileStamp::of(book.filePath(QStringLiteral("book.toml")),
                         {QDir(m_layout.pagesRoot).filePath(QStringLiteral("SUMMARY.md")), book.filePath(QStringLiteral("index.md"))});
}

void Catalogue::loadPages(const PackReader &reader, const QVector<SourceEntry> &entries, const Options &options)
{
    const CatalogueRecord *previous = options.previous;
    // An atlas is small and its links lead by their path alone: its pages are read once, to be
    // shown, and kept. Other packs' links need every page known first; their pages are not kept.
    const bool atlas = m_layout.kind == PackKind::Atlas;
    ChangedPageReader::Result result
        = ChangedPageReader(reader, m_layout, atlas ? resolver() : PageLoader::Resolve()).read(entries, previous, options.cancelled);
    if (options.cancelled && *options.cancelled)
        return; // nobody will look at it
    setPages(result.pages);
    m_packProblems += result.unreadable;
    QHash<QString, ParsedPage> &read = result.read;
    m_pagesRead = int(read.size());
    m_loading = &read;
    buildWikiLinks();
    buildStructure(); // an atlas's tree follows its links; no other kind's does
    checkLinks(&read, !atlas);
    m_loading = nullptr;
    if (atlas) {
        m_contents->setCapacity(std::max(RecentPages, int(m_pages.size())));
        for (auto it = read.cbegin(); it != read.cend(); ++it)
            m_contents->insert(it.key(), it.value());
    }
    collectProblems();
    m_unchanged = previous && m_pagesRead == 0 && m_layoutStamp == previous->layoutStamp && m_layout.kind == previous->kind
        && m_pages.size() == previous->pages.size() && m_otherFiles == previous->otherFiles && m_packProblems == previous->packProblems;
}

void Catalogue::setPages(const QVector<Page> &pages)
{
    m_pages = pages;
    m_indexById.clear();
    for (int i = 0; i < m_pages.size(); ++i)
        m_indexById.insert(m_pages.at(i).id, i);
}

void Catalogue::buildWikiLinks()
{
    if (m_layout.kind != PackKind::Vault)
        return;
    // Wikilinks find notes and attachments by name anywhere in the vault.
    QStringList allFiles = m_otherFiles;
    for (const Page &page : std::as_const(m_pages))
        allFiles.push_back(page.path);
    m_wikiLinks = WikiLinkIndex(allFiles);
    for (const Page &page : std::as_const(m_pages)) {
        for (const QString &alias : page.aliases)
            m_wikiLinks.addAlias(alias, page.path);
    }
}

void Catalogue::checkLinks(QHash<QString, ParsedPage> *read, bool resolveFirst)
{
    // Pages taken from a previous load keep the problems found then.
    const LinkChecker checker(*this);
    for (Page &page : m_pages) {
        const auto it = read->find(page.id);
        if (it == read->end())
            continue;
        if (resolveFirst)
            resolveReferences(page.id, &*it);
        page.problems += checker.check(page, *it);
        if (resolveFirst) {
            // Read to be checked, not shown: its targets go once checked, so that a large pack
            // never holds those of every page at once. Its headings stay for other pages' anchors.
            it->links = {};
            it->images = {};
        }
    }
}

void Catalogue::collectProblems()
{
    m_problems = m_packProblems + m_structureProblems;
    for (const Page &page : std::as_const(m_pages))
        m_problems += page.problems;
}

void Catalogue::buildStructure()
{
    TitleDisambiguator::apply(&m_pages);
    PackStructure structure;
    if (m_layout.kind == PackKind::Book) {
        QFile file(QDir(m_layout.pagesRoot).filePath(QStringLiteral("SUMMARY.md")));
        if (file.open(QIODevice::ReadOnly)) {
            const Summary summary = SummaryParser::parse(file.read(PackReader::DefaultMaxFileSize));
            m_structureProblems += summary.problems;
            // The summary names the chapters: those names are their titles.
            structure = BookTreeBuilder(summary, m_pages, m_indexById).build(&m_structureProblems);
        } else {
            m_structureProblems.push_back(
                {QStringLiteral("SUMMARY.md"), 1, QStringLiteral("the book has no SUMMARY.md; its pages are shown by folder")});
            m_layout.kind = PackKind::Folder;
        }
    }
    if (m_layout.kind != PackKind::Book) {
        structure
            = TreeBuilder(m_layout.pagesRoot, m_pages, m_indexById, [this](const QString &id) { return content(id); }).build(m_layout.kind);
        if (m_layout.kind == PackKind::Atlas && structure.categories.isEmpty())
            m_structureProblems.push_back(
                {QStringLiteral("index.md"), 1, QStringLiteral("the atlas's index does not link its two overview pages")});
    }
    m_tree = std::move(structure.tree);
    m_categories = std::move(structure.categories);
    m_relations = std::move(structure.relations);
    m_figurePath = structure.figurePath;
    m_figureCaption = structure.figureCaption;

    QSet<QString> seen;
    collectOrder(*m_tree, &m_readingOrder, &seen);
    for (int i = 0; i < m_readingOrder.size(); ++i)
        m_readingPosition.insert(m_readingOrder.at(i), i);
}

QString Catalogue::title() const
{
    if (!m_layout.title.isEmpty())
        return m_layout.title;
    const QString folder = QFileInfo(m_layout.root).fileName();
    return folder.isEmpty() ? m_layout.root : folder;
}

int Catalogue::errorCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(), [](const Problem &p) { return p.isError(); }));
}

bool Catalogue::isCategory(const QString &pageId) const
{
    return std::any_of(m_categories.cbegin(), m_categories.cend(),
                       [&pageId](const CategoryEntry &category) { return category.pageId == pageId; });
}

QString Catalogue::neighbour(const QString &pageId, int steps) const
{
    const auto it = m_readingPosition.constFind(pageId);
    if (it == m_readingPosition.cend())
        return {};
    return m_readingOrder.value(*it + steps);
}

const Page *Catalogue::page(const QString &id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_pages.at(*it);
}

ParsedPage Catalogue::content(const QString &id) const
{
    if (const ParsedPage *loading = beingLoaded(id))
        return *loading;
    if (std::optional<ParsedPage> cached = m_contents->find(id))
        return *cached;
    ParsedPage content = read(id, true);
    if (content.error.isEmpty()) // a page that cannot be read is tried again next time
        m_contents->insert(id, content);
    return content;
}

ParsedPage Catalogue::parse(const QString &id) const
{
    if (const ParsedPage *loading = beingLoaded(id))
        return *loading;
    std::optional<ParsedPage> cached = m_contents->find(id);
    return cached ? *cached : read(id, false);
}

const ParsedPage *Catalogue::beingLoaded(const QString &id) const
{
    if (!m_loading)
        return nullptr;
    const auto it = m_loading->constFind(id);
    return it == m_loading->cend() ? nullptr : &*it;
}

void Catalogue::resolveReferences(const QString &pageId, ParsedPage *content) const
{
    for (QVector<Reference> *references : {&content->links, &content->images}) {
        for (Reference &reference : *references)
            reference.target = resolve(pageId, reference.written);
    }
}

ParsedPage Catalogue::read(const QString &id, bool toShow) const
{
    const Page *page = this->page(id);
    if (!page)
        return {};
    QVector<Problem> problems;
    SourceFile file;
    ParsedPage content;
    if (filePath(page->path).isEmpty())
        problems.push_back({page->path, 1, QStringLiteral("it is now a symbolic link that leads outside the pack")});
    else if (reader().readFile({page->id, page->path}, &file, &problems))
        content = PageLoader(m_layout, toShow ? resolver() : PageLoader::Resolve()).load(file).content;
    content.title = page->title;
    if (file.path.isEmpty()) {
        content.error = problems.value(0).message;
        content.html
            = QStringLiteral("<p>%1</p>")
                  .arg(QCoreApplication::translate("Catalogue", "This page cannot be read: %1").arg(content.error.toHtmlEscaped()));
    }
    return content;
}

const Page *Catalogue::pageAtPath(const QString &path) const
{
    // One look at the disk for each side, then the page paths (relative to the pages' folder).
    const QString wanted = QFileInfo(path).canonicalFilePath();
    const QString folder = QFileInfo(root()).canonicalFilePath();
    if (wanted.isEmpty() || folder.isEmpty())
        return nullptr;
    const QString relative = QDir(folder).relativeFilePath(wanted);
    for (const Page &page : m_pages) {
        if (page.path == relative)
            return &page;
    }
    return nullptr;
}

QString Catalogue::homePageId() const
{
    for (const QString &id : {QStringLiteral("index"), QStringLiteral("readme")}) {
        if (page(id))
            return id;
    }
    if (!m_readingOrder.isEmpty())
        return m_readingOrder.first();
    return m_pages.isEmpty() ? QString() : m_pages.first().id;
}

LinkTarget Catalogue::resolve(const QString &fromPageId, const QString &href) const
{
    const Page *from = page(fromPageId);
    return resolveFrom(from ? from->path : QString(), href);
}

PageLoader::Resolve Catalogue::resolver() const
{
    return [this](const QString &fromPath, const QString &href) { return resolveFrom(fromPath, href); };
}

LinkTarget Catalogue::resolveFrom(const QString &fromPath, const QString &href) const
{
    return PackLinkResolver(
               m_layout.kind, m_wikiLinks, [this](const QString &id) { return page(id) != nullptr; },
               [this](const QString &id) { return parse(id).headings; })
        .resolve(fromPath, href);
}

QString Catalogue::filePath(const QString &relativePath) const
{
    const QString path = QDir(m_layout.pagesRoot).filePath(relativePath);
    if (m_layout.pagesRoot.startsWith(u':'))
        return path;
    // Any part of the path may be a symbolic link; only where it finally leads counts.
    const QString target = QFileInfo(path).canonicalFilePath();
    return target.isEmpty() || target.startsWith(m_canonicalBookRoot + u'/') ? path : QString();
}
