// SPDX-License-Identifier: MIT
#include "catalogue.h"

#include "linkresolver.h"
#include "markdown/markdownparser.h"
#include "treebuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentMap>

Catalogue Catalogue::load(const QString &root, const Options &options)
{
    Catalogue catalogue;
    catalogue.m_root = root;
    if (!QFileInfo(root).isDir()) {
        catalogue.m_problems.push_back({root, 1, QStringLiteral("content folder does not exist or is not a folder")});
        catalogue.m_tree = std::make_unique<TreeNode>();
        return catalogue;
    }

    const QVector<SourceFile> files = PackReader(root, options.maxFileSize).read(&catalogue.m_problems);
    // Pages parse independently: spread them over the cores (md4c keeps no global state).
    catalogue.m_pages = QtConcurrent::blockingMapped<QVector<Page>>(files, [](const SourceFile &file) {
        return Page{file.id, file.path, MarkdownParser::parse(file.text)};
    });
    for (int i = 0; i < catalogue.m_pages.size(); ++i) {
        Page &page = catalogue.m_pages[i];
        if (!page.content.error.isEmpty())
            catalogue.m_problems.push_back({page.path, 1, page.content.error});
        if (page.content.plainText.isEmpty() && page.content.images.isEmpty())
            catalogue.m_problems.push_back({page.path, 1, QStringLiteral("empty page")});
        if (page.content.title.isEmpty())
            page.content.title = page.content.headings.isEmpty() ? QFileInfo(page.path).completeBaseName()
                                                                 : page.content.headings.first().text;
        catalogue.m_indexById.insert(page.id, i);
    }
    for (const Page &page : std::as_const(catalogue.m_pages))
        catalogue.checkReferences(page);

    PackStructure structure = TreeBuilder(root, catalogue.m_pages, catalogue.m_indexById).build();
    catalogue.m_tree = std::move(structure.tree);
    catalogue.m_categories = std::move(structure.categories);
    catalogue.m_relations = std::move(structure.relations);
    catalogue.m_figurePath = structure.figurePath;
    catalogue.m_figureCaption = structure.figureCaption;
    return catalogue;
}

void Catalogue::checkReferences(const Page &from)
{
    for (const Reference &link : from.content.links) {
        const LinkTarget target = LinkResolver::resolve(from.path, link.target);
        QString message;
        if (target.kind == LinkTarget::Kind::Invalid) {
            message = QStringLiteral("broken link '%1': it leads outside the content pack").arg(link.target);
        } else if (target.kind == LinkTarget::Kind::Page) {
            const Page *to = page(target.pageId);
            if (!to)
                message = QStringLiteral("broken link '%1': no such page").arg(link.target);
            else if (!target.anchor.isEmpty()
                     && std::none_of(to->content.headings.cbegin(), to->content.headings.cend(),
                                     [&](const Heading &h) { return h.anchor == target.anchor; }))
                message = QStringLiteral("broken link '%1': no heading with anchor '%2'").arg(link.target, target.anchor);
        } else if (target.kind == LinkTarget::Kind::File && !QFileInfo::exists(filePath(target.path))) {
            message = QStringLiteral("broken link '%1': no such file").arg(link.target);
        }
        if (!message.isEmpty())
            m_problems.push_back({from.path, link.line, message});
    }
    for (const Reference &image : from.content.images) {
        const LinkTarget target = LinkResolver::resolve(from.path, image.target);
        QString message;
        if (target.kind == LinkTarget::Kind::External)
            message = QStringLiteral("image '%1' is not in the content pack and will not be loaded").arg(image.target);
        else if (target.kind == LinkTarget::Kind::Invalid)
            message = QStringLiteral("image '%1' is outside the content pack").arg(image.target);
        else if (!QFileInfo(filePath(target.path)).isFile())
            message = QStringLiteral("missing image '%1'").arg(image.target);
        if (!message.isEmpty())
            m_problems.push_back({from.path, image.line, message});
    }
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
    return m_pages.isEmpty() ? QString() : m_pages.first().id;
}

LinkTarget Catalogue::resolve(const QString &fromPageId, const QString &href) const
{
    const Page *from = page(fromPageId);
    return LinkResolver::resolve(from ? from->path : QString(), href);
}

QString Catalogue::filePath(const QString &relativePath) const
{
    return QDir(m_root).filePath(relativePath);
}
