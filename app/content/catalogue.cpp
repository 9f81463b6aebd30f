// SPDX-License-Identifier: MIT
#include "catalogue.h"

#include "linkresolver.h"
#include "pack/booktreebuilder.h"
#include "linkchecker.h"
#include "pack/packdetector.h"
#include "pack/pageloader.h"
#include "pack/summaryparser.h"
#include "pack/titledisambiguator.h"
#include "treebuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QtConcurrent/QtConcurrentMap>

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
    catalogue.m_layout = PackDetector::detect(root);
    catalogue.m_problems = catalogue.m_layout.problems;
    const QString pagesRoot = catalogue.m_layout.pagesRoot;
    if (!QFileInfo(pagesRoot).isDir()) {
        catalogue.m_problems.push_back({pagesRoot, 1, QStringLiteral("content folder does not exist or is not a folder")});
        catalogue.m_tree = std::make_unique<TreeNode>();
        return catalogue;
    }
    catalogue.m_canonicalBookRoot = QFileInfo(catalogue.m_layout.bookRoot).canonicalFilePath();

    PackReader reader(pagesRoot, options.maxFileSize);
    if (catalogue.kind() == PackKind::Book)
        reader.setExcluded({QStringLiteral("SUMMARY.md")});
    QStringList otherFiles;
    const QVector<SourceFile> files = reader.read(&catalogue.m_problems, &otherFiles);
    if (catalogue.kind() == PackKind::Folder && PackDetector::looksLikeVault(files))
        catalogue.m_layout.kind = PackKind::Vault;
    catalogue.loadPages(files);

    if (catalogue.kind() == PackKind::Vault) {
        // Wikilinks find notes and attachments by name anywhere in the vault.
        QStringList allFiles = otherFiles;
        for (const Page &page : std::as_const(catalogue.m_pages))
            allFiles.push_back(page.path);
        catalogue.m_wikiLinks = WikiLinkIndex(allFiles);
        for (const Page &page : std::as_const(catalogue.m_pages)) {
            for (const QString &alias : page.aliases)
                catalogue.m_wikiLinks.addAlias(alias, page.path);
        }
    }

    catalogue.buildStructure();
    catalogue.m_problems += LinkChecker(catalogue).check();
    return catalogue;
}

void Catalogue::loadPages(const QVector<SourceFile> &files)
{
    // Pages parse independently: spread them over the cores (md4c keeps no global state).
    const PageLoader loader(m_layout);
    m_pages = QtConcurrent::blockingMapped<QVector<Page>>(files, [&loader](const SourceFile &file) { return loader.load(file); });
    for (int i = 0; i < m_pages.size(); ++i) {
        Page &page = m_pages[i];
        m_problems += page.problems;
        page.problems.clear();
        m_indexById.insert(page.id, i);
    }
}

void Catalogue::buildStructure()
{
    TitleDisambiguator::apply(&m_pages);
    PackStructure structure;
    if (m_layout.kind == PackKind::Book) {
        QFile file(QDir(m_layout.pagesRoot).filePath(QStringLiteral("SUMMARY.md")));
        if (file.open(QIODevice::ReadOnly)) {
            const Summary summary = SummaryParser::parse(file.read(PackReader::DefaultMaxFileSize));
            m_problems += summary.problems;
            // The summary names the chapters: those names are their titles.
            structure = BookTreeBuilder(summary, m_pages, m_indexById).build(&m_problems);
        } else {
            m_problems.push_back({QStringLiteral("SUMMARY.md"), 1, QStringLiteral("the book has no SUMMARY.md; its pages are shown by folder")});
            m_layout.kind = PackKind::Folder;
        }
    }
    if (m_layout.kind != PackKind::Book) {
        structure = TreeBuilder(m_layout.pagesRoot, m_pages, m_indexById).build(m_layout.kind);
        if (m_layout.kind == PackKind::Atlas && structure.categories.isEmpty())
            m_problems.push_back({QStringLiteral("index.md"), 1, QStringLiteral("the atlas's index does not link its two overview pages")});
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

QStringList Catalogue::pageTitles() const
{
    QStringList titles;
    for (const Page &page : m_pages)
        titles << page.content.title;
    titles.removeDuplicates();
    return titles;
}

int Catalogue::errorCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(), [](const Problem &p) { return p.isError(); }));
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
    const QString fromPath = from ? from->path : QString();
    if (href.startsWith(u"wiki:"))
        return resolveWikiLink(fromPath, QUrl::fromPercentEncoding(href.mid(5).toUtf8()));
    const LinkTarget target = LinkResolver::resolve(fromPath, href);
    return m_layout.kind == PackKind::Book ? resolveBookHtml(target) : target;
}

LinkTarget Catalogue::resolveBookHtml(LinkTarget target) const
{
    // mdBook turns chapter.md into chapter.html and README.md into index.html; authors link to the output.
    if (target.kind != LinkTarget::Kind::File || !target.path.endsWith(u".html", Qt::CaseInsensitive))
        return target;
    QString base = target.path.left(target.path.size() - 5);
    if (base == u"index" || base.endsWith(u"/index")) {
        const QString readme = base.left(base.size() - 5) + QStringLiteral("README");
        if (page(LinkResolver::pageIdForPath(readme + QStringLiteral(".md"))))
            base = readme;
    }
    target.kind = LinkTarget::Kind::Page;
    target.path = base + QStringLiteral(".md");
    target.pageId = LinkResolver::pageIdForPath(target.path);
    return target;
}

LinkTarget Catalogue::resolveWikiLink(const QString &fromPath, const QString &link) const
{
    const WikiLinkIndex::Parts parts = WikiLinkIndex::split(link);
    LinkTarget target;
    const QString path = parts.target.isEmpty() ? fromPath : m_wikiLinks.resolve(parts.target, fromPath);
    if (path.isEmpty())
        return target;
    target.path = path;
    if (!LinkResolver::isMarkdownFile(path)) {
        target.kind = LinkTarget::Kind::File;
        return target;
    }
    target.kind = LinkTarget::Kind::Page;
    target.pageId = LinkResolver::pageIdForPath(path);
    if (const Page *to = page(target.pageId); to && !parts.heading.isEmpty()) {
        for (const Heading &heading : to->content.headings) {
            if (heading.text.compare(parts.heading, Qt::CaseInsensitive) == 0) {
                target.anchor = heading.anchor;
                break;
            }
        }
        if (target.anchor.isEmpty())
            target.anchor = parts.heading; // reported by the checker as a missing heading
    }
    return target;
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
