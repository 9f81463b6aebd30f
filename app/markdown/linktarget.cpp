// SPDX-License-Identifier: MIT
#include "linktarget.h"

#include <algorithm>
#include <array>

namespace {
struct OwnScheme
{
    LinkTarget::Kind kind;
    QLatin1String prefix;
};

constexpr std::array<OwnScheme, 4> OwnSchemes = {{
    {LinkTarget::Kind::Page, QLatin1String("ra-page:")},
    {LinkTarget::Kind::File, QLatin1String("ra-file:")},
    {LinkTarget::Kind::Outside, QLatin1String("ra-outside:")},
    {LinkTarget::Kind::Invalid, QLatin1String("ra-invalid:")},
}};

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "/"));
}

QString decoded(QStringView text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}
} // namespace

LinkTarget LinkTarget::page(const QString &pageId, const QString &anchor)
{
    LinkTarget target;
    target.kind = Kind::Page;
    target.pageId = pageId;
    target.anchor = anchor;
    return target;
}

bool LinkTarget::isOwnScheme(const QString &scheme)
{
    return std::any_of(OwnSchemes.cbegin(), OwnSchemes.cend(), [&](const OwnScheme &own) { return own.prefix.chopped(1) == scheme; });
}

QString LinkTarget::href() const
{
    if (kind == Kind::External)
        return url.toString(QUrl::FullyEncoded);
    const auto own = std::find_if(OwnSchemes.cbegin(), OwnSchemes.cend(), [this](const OwnScheme &s) { return s.kind == kind; });
    if (kind != Kind::Page)
        return own->prefix + encoded(path);
    return own->prefix + encoded(pageId) + (anchor.isEmpty() ? QString() : u'#' + encoded(anchor));
}

LinkTarget LinkTarget::fromHref(const QString &href)
{
    LinkTarget target;
    for (const OwnScheme &own : OwnSchemes) {
        if (!href.startsWith(own.prefix))
            continue;
        target.kind = own.kind;
        const QStringView rest = QStringView(href).mid(own.prefix.size());
        if (own.kind != Kind::Page) {
            target.path = decoded(rest);
            return target;
        }
        const qsizetype hash = rest.indexOf(u'#');
        target.pageId = decoded(rest.left(hash));
        target.anchor = hash < 0 ? QString() : decoded(rest.mid(hash + 1));
        return target;
    }
    const QUrl url(href, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty()) {
        target.kind = Kind::External;
        target.url = url;
    } else {
        target.path = href;
    }
    return target;
}
