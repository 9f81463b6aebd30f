// SPDX-License-Identifier: MIT
#pragma once

#include "markdown/linktarget.h"
#include "markdown/parsedpage.h"
#include "pack/packkind.h"

#include <functional>

class WikiLinkIndex;

/// Where a link written on a page of a pack leads, as the pack's kind reads it: relative paths
/// (LinkResolver), a book's "x.html" for "x.md", a vault's "wiki:" targets (wikilinks) by name
/// and heading. A link that leads nowhere keeps what was written, to say so.
class PackLinkResolver final
{
public:
    using PageExists = std::function<bool(const QString &pageId)>;
    /// A page's headings, read without resolving its own links.
    using HeadingsOf = std::function<QVector<Heading>(const QString &pageId)>;

    PackLinkResolver(PackKind kind, const WikiLinkIndex &wikiLinks, PageExists pageExists, HeadingsOf headingsOf);

    LinkTarget resolve(const QString &fromPath, const QString &href) const;

private:
    LinkTarget resolveWikiLink(const QString &fromPath, const QString &link) const;
    LinkTarget resolveBookHtml(LinkTarget target) const;

    PackKind m_kind;
    const WikiLinkIndex &m_wikiLinks;
    PageExists m_pageExists;
    HeadingsOf m_headingsOf;
};
