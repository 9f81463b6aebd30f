// SPDX-License-Identifier: MIT
#include "linkresolver.h"

#include <QDir>
#include <QRegularExpression>

bool LinkResolver::isMarkdownFile(const QString &path)
{
    return path.endsWith(u".md", Qt::CaseInsensitive) || path.endsWith(u".markdown", Qt::CaseInsensitive);
}

bool LinkResolver::isImageFile(const QString &path)
{
    static const QRegularExpression image(QStringLiteral("\\.(png|jpe?g|gif|svg|webp|bmp)$"), QRegularExpression::CaseInsensitiveOption);
    return image.match(path).hasMatch();
}

QString LinkResolver::pageIdForPath(const QString &relativePath)
{
    return relativePath.left(relativePath.lastIndexOf(u'.')).toLower();
}

bool LinkResolver::mayOpenExternally(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https" || scheme == u"mailto");
}

LinkTarget LinkResolver::resolve(const QString &fromPath, const QString &href)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    LinkTarget target;
    const QString trimmed = href.trimmed();
    if (trimmed.isEmpty())
        return target;
    if (const QRegularExpressionMatch match = scheme.match(trimmed); match.hasMatch()) {
        if (LinkTarget::isOwnScheme(match.captured().chopped(1).toLower()))
            return target; // only resolution writes those
        target.url = QUrl(trimmed, QUrl::StrictMode);
        if (target.url.isValid())
            target.kind = LinkTarget::Kind::External;
        return target;
    }

    const qsizetype hash = trimmed.indexOf(u'#');
    const QString path = QUrl::fromPercentEncoding(trimmed.left(hash).toUtf8());
    const QString anchor = hash < 0 ? QString() : trimmed.mid(hash + 1);
    QString resolved;
    if (path.isEmpty()) {
        resolved = fromPath;
    } else {
        const QString base = fromPath.contains(u'/') ? fromPath.left(fromPath.lastIndexOf(u'/') + 1) : QString();
        resolved = QDir::cleanPath(path.startsWith(u'/') ? path.mid(1) : base + path);
    }
    if (resolved.isEmpty())
        return target;
    if (resolved == u".." || resolved.startsWith(u"../")) {
        target.kind = LinkTarget::Kind::Outside;
        target.path = resolved;
        return target;
    }

    target.path = resolved;
    if (isMarkdownFile(resolved)) {
        target.kind = LinkTarget::Kind::Page;
        target.pageId = pageIdForPath(resolved);
        target.anchor = anchor;
    } else {
        target.kind = LinkTarget::Kind::File;
    }
    return target;
}
