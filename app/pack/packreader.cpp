// SPDX-License-Identifier: MIT
#include "packreader.h"

#include "linkresolver.h"
#include "naturalorder.h"
#include "pagetext.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

PackReader::PackReader(const QString &root, qint64 maxFileSize)
    : m_root(root), m_canonicalRoot(QFileInfo(root).canonicalFilePath()), m_maxFileSize(maxFileSize)
{ }

bool PackReader::isInside(const QString &canonicalPath) const
{
    return !canonicalPath.isEmpty() && (canonicalPath == m_canonicalRoot || canonicalPath.startsWith(m_canonicalRoot + u'/'));
}

QStringList PackReader::listFiles(QVector<Problem> *problems, QStringList *otherFiles) const
{
    const bool onDisk = !m_root.startsWith(u':');
    QStringList paths;
    // System lists dangling links and special files too, so they are reported rather than silently
    // missing. Symbolic links to folders are not descended into (no FollowSymlinks).
    QDirIterator it(m_root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden, QDirIterator::Subdirectories);
    const qsizetype prefix = QDir::cleanPath(m_root).size() + 1;
    while (it.hasNext()) {
        const QString path = it.next().mid(prefix); // the iterator's paths start with the root
        const QFileInfo info = it.fileInfo();
        // Hidden folders hold tools' state (.git, .obsidian), never pages.
        if (path.startsWith(u'.') || path.contains(QStringLiteral("/.")))
            continue;
        if (onDisk && info.isSymLink()) {
            const QString target = info.canonicalFilePath();
            if (target.isEmpty()) {
                problems->push_back({path, 1, QStringLiteral("broken symbolic link")});
                continue;
            }
            if (!isInside(target)) {
                problems->push_back({path, 1, QStringLiteral("symbolic link leads outside the pack (to %1); not followed").arg(target)});
                continue;
            }
        }
        if (info.isDir())
            continue;
        if (LinkResolver::isMarkdownFile(path)) {
            if (!m_excluded.contains(path))
                paths.push_back(path);
        } else if (otherFiles) {
            otherFiles->push_back(path);
        }
    }
    std::sort(paths.begin(), paths.end(), NaturalOrder::less);
    return paths;
}

QVector<SourceEntry> PackReader::list(QVector<Problem> *problems, QStringList *otherFiles) const
{
    QVector<SourceEntry> entries;
    QHash<QString, QString> pathById;
    for (const QString &path : listFiles(problems, otherFiles)) {
        const QString id = LinkResolver::pageIdForPath(path);
        if (const QString first = pathById.value(id); !first.isEmpty()) {
            problems->push_back({path, 1, QStringLiteral("duplicate page id '%1' (already used by %2)").arg(id, first)});
            continue;
        }
        pathById.insert(id, path);
        entries.push_back({id, path});
    }
    return entries;
}

QString PackReader::absolutePath(const QString &path) const
{
    return m_root.endsWith(u'/') ? QString(m_root + path) : QString(m_root + u'/' + path);
}

bool PackReader::readFile(const SourceEntry &entry, SourceFile *file, QVector<Problem> *problems) const
{
    const QString &path = entry.path;
    QFile in(absolutePath(path));
    if (const QFileInfo info(in); info.exists() && !info.isFile()) {
        problems->push_back({path, 1, QStringLiteral("not a regular file")});
        return false;
    }
    if (in.size() > m_maxFileSize) {
        problems->push_back({path, 1, QStringLiteral("file is too large (%1 bytes, limit %2)").arg(in.size()).arg(m_maxFileSize)});
        return false;
    }
    if (!in.open(QIODevice::ReadOnly)) {
        problems->push_back({path, 1, QStringLiteral("cannot read file: %1").arg(in.errorString())});
        return false;
    }
    QByteArray text = in.read(m_maxFileSize + 1);
    if (in.error() != QFileDevice::NoError) {
        problems->push_back({path, 1, QStringLiteral("cannot read file: %1").arg(in.errorString())});
        return false;
    }
    text = PageText::decode(std::move(text), path, problems);
    *file = {entry.id, path, text};
    return true;
}

QVector<SourceFile> PackReader::read(QVector<Problem> *problems, QStringList *otherFiles) const
{
    QVector<SourceFile> files;
    for (const SourceEntry &entry : list(problems, otherFiles)) {
        SourceFile file;
        if (readFile(entry, &file, problems))
            files.push_back(std::move(file));
    }
    return files;
}
