// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

/// Finds the file an Obsidian-style [[wikilink]] means. Notes link by bare name, so the index is
/// keyed by lower-case file name; a vault of thousands of notes then costs one hash lookup a link.
class WikiLinkIndex final
{
public:
    /// paths: every file of the vault, relative to its root with '/' separators (Markdown and attachments)
    explicit WikiLinkIndex(const QStringList &paths);

    /// Lets a front-matter alias stand for a note, as Obsidian does. Real file names win over aliases.
    void addAlias(const QString &alias, const QString &path);

    /// "Note", "folder/Note", "Note.md", "image.png", case-insensitive; a target without extension means a .md
    /// (or .markdown) file. Several files with that name: the one in the same folder as fromPath, else the one
    /// with the shortest path (fewest folders, then fewest characters), else the first in sorted order.
    /// "./" and "../" are relative to fromPath's folder, a leading '/' to the vault root.
    /// Empty when none, and for an empty target (a link within the same page).
    QString resolve(const QString &target, const QString &fromPath) const;

    /// Splits "Note#Heading|Alias" / "Note^block" into its parts.
    /// A block reference keeps its caret in heading ("^block") so that callers can tell it from a heading.
    struct Parts
    {
        QString target;
        QString heading;
        QString alias;
    };
    static Parts split(const QString &wikilink);

private:
    QString pick(const QStringList &candidates, const QString &folderHint, const QString &fromFolder) const;
    QString resolveName(const QString &name, const QString &folderHint, const QString &fromFolder) const;

    QHash<QString, QString> m_byPath; ///< lower-case path -> path as the vault spells it
    QHash<QString, QStringList> m_byName; ///< lower-case file name -> paths, best default first
    QHash<QString, QStringList> m_byAlias; ///< lower-case alias -> paths, best default first
};
