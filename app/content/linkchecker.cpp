// SPDX-License-Identifier: MIT
#include "linkchecker.h"

#include "catalogue.h"
#include "imagecheck.h"

#include <QFileInfo>

namespace {
QString shown(const QString &target)
{
    return target.startsWith(u"wiki:") ? QStringLiteral("[[%1]]").arg(target.mid(5)) : QStringLiteral("'%1'").arg(target);
}

bool hasAnchor(const ParsedPage &page, const QString &anchor)
{
    if (anchor.startsWith(u'^'))
        return page.plainText.contains(anchor);
    return page.htmlAnchors.contains(anchor)
        || std::any_of(page.headings.cbegin(), page.headings.cend(), [&](const Heading &h) { return h.anchor == anchor; });
}
} // namespace

QVector<Problem> LinkChecker::check(const Page &page, const ParsedPage &content) const
{
    QVector<Problem> problems;
    checkLinks(page, content, &problems);
    checkImages(page, content, &problems);
    return problems;
}

void LinkChecker::checkLinks(const Page &from, const ParsedPage &content, QVector<Problem> *problems) const
{
    using Kind = LinkTarget::Kind;
    for (const Reference &link : content.links) {
        const LinkTarget &target = link.target;
        const bool wiki = link.written.startsWith(u"wiki:");
        QString message;
        Problem::Severity severity = Problem::Severity::Error;
        if (target.kind == Kind::Invalid) {
            message = wiki ? QStringLiteral("broken wikilink %1: no note with that name").arg(shown(link.written))
                           : QStringLiteral("broken link %1: it leads nowhere").arg(shown(link.written));
        } else if (target.kind == Kind::Outside) {
            message = QStringLiteral("link %1 leaves the pack").arg(shown(link.written));
            severity = Problem::Severity::Note;
        } else if (target.kind == Kind::Page) {
            if (!m_catalogue.page(target.pageId))
                message = QStringLiteral("broken link %1: no such page").arg(shown(link.written));
            else if (!target.anchor.isEmpty() && !hasAnchor(m_catalogue.parse(target.pageId), target.anchor))
                message = target.anchor.startsWith(u'^')
                    ? QStringLiteral("broken link %1: no block marked '%2'").arg(shown(link.written), target.anchor)
                    : QStringLiteral("broken link %1: no heading with anchor '%2'").arg(shown(link.written), target.anchor);
        } else if (target.kind == Kind::File && !QFileInfo::exists(m_catalogue.filePath(target.path))) {
            message = QStringLiteral("broken link %1: no such file").arg(shown(link.written));
        }
        if (!message.isEmpty())
            problems->push_back({from.path, link.line, message, severity});
    }
}

void LinkChecker::checkImages(const Page &from, const ParsedPage &content, QVector<Problem> *problems) const
{
    using Kind = LinkTarget::Kind;
    for (const Reference &image : content.images) {
        const LinkTarget &target = image.target;
        QString message;
        Problem::Severity severity = Problem::Severity::Error;
        if (target.kind == Kind::External) {
            message = QStringLiteral("image %1 is not in the pack and will not be loaded").arg(shown(image.written));
            severity = Problem::Severity::Note;
        } else if (target.kind == Kind::Outside) {
            message = QStringLiteral("image %1 is outside the pack and will not be loaded").arg(shown(image.written));
        } else if (target.kind != Kind::File && target.kind != Kind::Page) {
            message = QStringLiteral("missing image %1").arg(shown(image.written));
        } else if (const QString path = m_catalogue.filePath(target.path); path.isEmpty()) {
            message = QStringLiteral("image %1 is a symbolic link that leads outside the pack").arg(shown(image.written));
        } else if (!QFileInfo(path).isFile()) {
            message = QStringLiteral("missing image %1").arg(shown(image.written));
        } else if (const QString why = ImageCheck::problem(path); !why.isEmpty()) {
            message = QStringLiteral("image %1 %2").arg(shown(image.written), why);
        }
        if (!message.isEmpty())
            problems->push_back({from.path, image.line, message, severity});
    }
}
