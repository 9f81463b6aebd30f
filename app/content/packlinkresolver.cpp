// SPDX-License-Identifier: MIT
#include "packlinkresolver.h"

#include "pack/linkresolver.h"
#include "pack/wikilinkindex.h"

#include <QUrl>

PackLinkResolver::PackLinkResolver(PackKind kind, const WikiLinkIndex &wikiLinks, PageExists pageExists, HeadingsOf headingsOf)
    : m_kind(kind), m_wikiLinks(wikiLinks), m_pageExists(std::move(pageExists)), m_headingsOf(std::move(headingsOf))
{ }

LinkTarget PackLinkResolver::resolve(const QString &fromPath, const QString &href) const
{
    LinkTarget target = href.startsWith(u"wiki:") ? resolveWikiLink(fromPath, QUrl::fromPercentEncoding(href.mid(5).toUtf8()))
                                                  : LinkResolver::resolve(fromPath, href);
    if (m_kind == PackKind::Book)
        target = resolveBookHtml(target);
    if (target.kind == LinkTarget::Kind::Invalid)
        target.path = href; // as written, to say what leads nowhere
    return target;
}

LinkTarget PackLinkResolver::resolveBookHtml(LinkTarget target) const
{
    // mdBook turns chapter.md into chapter.html and README.md into index.html; authors link to the output.
    if (target.kind != LinkTarget::Kind::File || !target.path.endsWith(u".html", Qt::CaseInsensitive))
        return target;
    QString base = target.path.left(target.path.size() - 5);
    if (base == u"index" || base.endsWith(u"/index")) {
        const QString readme = base.left(base.size() - 5) + QStringLiteral("README");
        if (m_pageExists(LinkResolver::pageIdForPath(readme + QStringLiteral(".md"))))
            base = readme;
    }
    target.kind = LinkTarget::Kind::Page;
    target.path = base + QStringLiteral(".md");
    target.pageId = LinkResolver::pageIdForPath(target.path);
    return target;
}

LinkTarget PackLinkResolver::resolveWikiLink(const QString &fromPath, const QString &link) const
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
    if (m_pageExists(target.pageId) && !parts.heading.isEmpty()) {
        for (const Heading &heading : m_headingsOf(target.pageId)) {
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
