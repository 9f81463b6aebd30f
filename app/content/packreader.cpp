// SPDX-License-Identifier: MIT
#include "packreader.h"

#include "linkresolver.h"
#include "pack/naturalorder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

PackReader::PackReader(const QString &root, qint64 maxFileSize)
    : m_root(root), m_canonicalRoot(QFileInfo(root).canonicalFilePath()), m_maxFileSize(maxFileSize)
{
}

qsizetype PackReader::firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char lead = data[i];
        int extra = 0;
        char32_t code = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            extra = 1, code = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            extra = 2, code = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            extra = 3, code = lead & 0x07;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (data[i + k] & 0x3F);
        }
        static constexpr char32_t smallest[] = {0, 0x80, 0x800, 0x10000};
        if (code < smallest[extra] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

bool PackReader::isInside(const QString &canonicalPath) const
{
    return !canonicalPath.isEmpty()
           && (canonicalPath == m_canonicalRoot || canonicalPath.startsWith(m_canonicalRoot + u'/'));
}

QStringList PackReader::listFiles(QVector<Problem> *problems, QStringList *otherFiles) const
{
    const bool onDisk = !m_root.startsWith(u':');
    QStringList paths;
    // System lists dangling links and special files too, so they are reported rather than silently
    // missing. Symbolic links to folders are not descended into (no FollowSymlinks).
    QDirIterator it(m_root, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::System | QDir::Hidden,
                    QDirIterator::Subdirectories);
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
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    if (const qsizetype bad = firstInvalidUtf8(text); bad >= 0) {
        const int line = int(std::count(text.cbegin(), text.cbegin() + bad, '\n')) + 1;
        problems->push_back({path, line, QStringLiteral("invalid UTF-8 at byte %1; shown with replacement characters").arg(bad)});
        text = QString::fromUtf8(text).toUtf8();
    }
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
