// SPDX-License-Identifier: MIT
#include "wikilinkindex.h"

#include <QDir>

#include <algorithm>

namespace {

QString key(const QString &text)
{
    return text.toCaseFolded();
}

QString folderOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

QString fileNameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

QString normalised(QString path)
{
    path.replace(u'\\', u'/');
    while (path.startsWith(QStringLiteral("./")))
        path.remove(0, 2);
    while (path.startsWith(u'/'))
        path.remove(0, 1);
    return path;
}

/// The order that makes the first candidate the answer when nothing else decides.
bool betterDefault(const QString &a, const QString &b)
{
    const qsizetype depthA = a.count(u'/');
    const qsizetype depthB = b.count(u'/');
    if (depthA != depthB)
        return depthA < depthB;
    if (a.size() != b.size())
        return a.size() < b.size();
    return a < b;
}

void insertSorted(QStringList *list, const QString &path)
{
    if (list->contains(path))
        return;
    list->insert(std::lower_bound(list->begin(), list->end(), path, betterDefault) - list->begin(), path);
}

bool isMarkdownName(const QString &lowerName)
{
    return lowerName.endsWith(QStringLiteral(".md")) || lowerName.endsWith(QStringLiteral(".markdown"));
}

} // namespace

WikiLinkIndex::WikiLinkIndex(const QStringList &paths)
{
    for (const QString &raw : paths) {
        const QString path = normalised(raw);
        if (path.isEmpty())
            continue;
        m_byPath.insert(key(path), path);
        insertSorted(&m_byName[key(fileNameOf(path))], path);
    }
}

void WikiLinkIndex::addAlias(const QString &alias, const QString &path)
{
    const QString trimmed = alias.trimmed();
    if (!trimmed.isEmpty())
        insertSorted(&m_byAlias[key(trimmed)], normalised(path));
}

QString WikiLinkIndex::pick(const QStringList &candidates, const QString &folderHint, const QString &fromFolder) const
{
    // A link that names folders ("rust/Ownership") only matches files below such folders; Obsidian
    // accepts any trailing part of the path, not just the full one from the root.
    const QString hint = key(folderHint);
    const QString from = key(fromFolder);
    QString fallback;
    for (const QString &path : candidates) {
        const QString folder = key(folderOf(path));
        if (!hint.isEmpty() && folder != hint && !folder.endsWith(u'/' + hint))
            continue;
        if (folder == from)
            return path;
        if (fallback.isEmpty())
            fallback = path;
    }
    return fallback;
}

QString WikiLinkIndex::resolveName(const QString &name, const QString &folderHint, const QString &fromFolder) const
{
    const QString lower = key(name);
    // Names with dots ("Rust 1.75") are notes first; only then is the dot read as an extension.
    QStringList tries;
    if (isMarkdownName(lower))
        tries << lower;
    else
        tries << lower + QStringLiteral(".md") << lower + QStringLiteral(".markdown") << lower;
    for (const QString &fileName : std::as_const(tries)) {
        const auto found = m_byName.constFind(fileName);
        if (found == m_byName.constEnd())
            continue;
        const QString path = pick(found.value(), folderHint, fromFolder);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

QString WikiLinkIndex::resolve(const QString &target, const QString &fromPath) const
{
    // Callers may pass a whole link body; the heading and alias never name a file.
    const QString name = split(target).target;
    if (name.isEmpty())
        return {};
    const QString fromFolder = folderOf(normalised(fromPath));

    if (name.startsWith(QStringLiteral("./")) || name.startsWith(QStringLiteral("../"))) {
        const QString joined = QDir::cleanPath(fromFolder.isEmpty() ? name : fromFolder + u'/' + name);
        if (joined.startsWith(QStringLiteral("../")) || joined == QStringLiteral(".."))
            return {};
        const QString lower = key(joined);
        const QStringList candidates{lower, QString(lower + QStringLiteral(".md")), QString(lower + QStringLiteral(".markdown"))};
        for (const QString &candidate : candidates) {
            const auto found = m_byPath.constFind(candidate);
            if (found != m_byPath.constEnd())
                return found.value();
        }
        return {};
    }

    const QString path = normalised(name);
    const QString result = resolveName(fileNameOf(path), folderOf(path), fromFolder);
    if (!result.isEmpty() || path.contains(u'/'))
        return result;
    const auto alias = m_byAlias.constFind(key(path));
    return alias == m_byAlias.constEnd() ? QString() : pick(alias.value(), QString(), fromFolder);
}

WikiLinkIndex::Parts WikiLinkIndex::split(const QString &wikilink)
{
    QString body = wikilink.trimmed();
    if (body.startsWith(u'!'))
        body.remove(0, 1);
    if (body.startsWith(QStringLiteral("[[")) && body.endsWith(QStringLiteral("]]")) && body.size() >= 4)
        body = body.mid(2, body.size() - 4);
    // Inside a Markdown table the pipe has to be written "\|".
    body.replace(QStringLiteral("\\|"), QStringLiteral("|"));

    Parts parts;
    const qsizetype pipe = body.indexOf(u'|');
    if (pipe >= 0) {
        parts.alias = body.mid(pipe + 1).trimmed();
        body.truncate(pipe);
    }
    // Obsidian forbids '#', '^' and '|' in file names, so the first of them ends the target.
    const qsizetype hash = body.indexOf(u'#');
    const qsizetype caret = body.indexOf(u'^');
    qsizetype cut = hash;
    if (caret >= 0 && (cut < 0 || caret < cut))
        cut = caret;
    if (cut >= 0) {
        parts.heading = body.mid(cut == hash ? cut + 1 : cut).trimmed();
        body.truncate(cut);
    }
    parts.target = body.trimmed();
    return parts;
}
