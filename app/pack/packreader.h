// SPDX-License-Identifier: MIT
#pragma once

#include "problem.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

/// A Markdown file of a pack, as listed: its page id and path relative to the pack root.
struct SourceEntry
{
    QString id;
    QString path;
};

/// A Markdown file of a pack, read and made valid UTF-8.
struct SourceFile
{
    QString id;
    QString path; ///< relative to the pack root
    QByteArray text;
};

/// Reads every Markdown file under a pack root (a folder or a Qt resource path), in a stable
/// order. Files that cannot be read, are too large or repeat an id are reported and left out;
/// invalid UTF-8 is reported and repaired, so the page still opens.
class PackReader final
{
public:
    static constexpr qint64 DefaultMaxFileSize = 8 * 1024 * 1024;

    explicit PackReader(const QString &root, qint64 maxFileSize = DefaultMaxFileSize);

    /// Files with these paths (relative to the root) are not pages: a book's SUMMARY.md.
    void setExcluded(const QStringList &paths) { m_excluded = paths; }

    /// The pages in natural order ("page-2" before "page-10"); \a otherFiles, when given, receives
    /// every other file of the pack (images and attachments, for wikilinks). Symbolic links that
    /// lead outside the root are reported and never read.
    QVector<SourceFile> read(QVector<Problem> *problems, QStringList *otherFiles = nullptr) const;
    /// The same pages, listed but not read; two files with one id are reported, the first kept.
    QVector<SourceEntry> list(QVector<Problem> *problems, QStringList *otherFiles = nullptr) const;
    /// Reads one listed page; false, with the reason in \a problems, when it cannot be read.
    bool readFile(const SourceEntry &entry, SourceFile *file, QVector<Problem> *problems) const;
    /// The file's path on disk (or in the resources).
    QString absolutePath(const QString &path) const;

private:
    QStringList listFiles(QVector<Problem> *problems, QStringList *otherFiles) const;
    bool isInside(const QString &canonicalPath) const;

    QString m_root;
    QString m_canonicalRoot;
    QStringList m_excluded;
    qint64 m_maxFileSize;
};
