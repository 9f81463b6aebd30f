// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

/// Where a link or image of a page leads, resolved once when the page is read. A shown or
/// printed page carries each target as its canonical address, href(), so the screen and the
/// paper read the same document and never resolve a link again.
struct LinkTarget
{
    /// Outside: a relative link that climbs out of the pack (a book's "../std/..." links to
    /// documentation installed beside it); Invalid: empty or unusable.
    enum class Kind { Invalid, Outside, Page, File, External };
    Kind kind = Kind::Invalid;
    QString pageId; ///< Kind::Page
    QString anchor; ///< Kind::Page, may be empty
    /// Kind::Page and Kind::File: relative to the pack root; Kind::Outside: as resolved;
    /// Kind::Invalid: as written.
    QString path;
    QUrl url; ///< Kind::External

    /// The canonical address: "ra-page:ID#anchor", "ra-file:PATH", "ra-outside:PATH",
    /// "ra-invalid:WRITTEN", or an external address as it is.
    QString href() const;
    /// The target whose href() is \a href; an address of none of the "ra-" kinds is External
    /// when it is a valid absolute URL, else Invalid.
    static LinkTarget fromHref(const QString &href);
    static LinkTarget fromUrl(const QUrl &url) { return fromHref(url.toString(QUrl::FullyEncoded)); }
    /// Whether \a scheme (lower case) is one of href()'s own, which no written link may use.
    static bool isOwnScheme(const QString &scheme);

    static LinkTarget page(const QString &pageId, const QString &anchor = {});

    bool operator==(const LinkTarget &other) const
    {
        return kind == other.kind && pageId == other.pageId && anchor == other.anchor && path == other.path && url == other.url;
    }
};
