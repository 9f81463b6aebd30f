// SPDX-License-Identifier: MIT
#pragma once

#include "categoryentry.h"
#include "linktarget.h"
#include "page.h"
#include "packreader.h"
#include "problem.h"
#include "treenode.h"

#include <QHash>
#include <QStringList>
#include <QVector>

/// A loaded content pack: its pages, the audience tree, the category grid, the relations
/// between them, and every problem found on the way. Loading never stops at a problem.
class Catalogue final
{
public:
    struct Options
    {
        qint64 maxFileSize = PackReader::DefaultMaxFileSize;
    };

    /// The pack compiled into the program.
    static QString bundledRoot() { return QStringLiteral(":/content"); }

    static Catalogue load(const QString &root, const Options &options);
    static Catalogue load(const QString &root) { return load(root, Options()); }

    QString root() const { return m_root; }
    const QVector<Page> &pages() const { return m_pages; }
    const Page *page(const QString &id) const;
    QString homePageId() const;

    const TreeNode &tree() const { return *m_tree; }
    const QVector<CategoryEntry> &categories() const { return m_categories; }
    /// Whether \a pageId names a page with relations (an audience); others show every category.
    bool hasRelations(const QString &pageId) const { return m_relations.contains(pageId); }
    QStringList relatedCategories(const QString &pageId) const { return m_relations.value(pageId); }

    const QVector<Problem> &problems() const { return m_problems; }

    /// The figure of the category grid (a file or resource path), empty for plain folders.
    QString figurePath() const { return m_figurePath; }
    QString figureCaption() const { return m_figureCaption; }

    LinkTarget resolve(const QString &fromPageId, const QString &href) const;
    /// A file or resource path for \a relativePath inside the pack.
    QString filePath(const QString &relativePath) const;

private:
    void checkReferences(const Page &page);

    QString m_root;
    QVector<Page> m_pages;
    QHash<QString, int> m_indexById;
    std::unique_ptr<TreeNode> m_tree;
    QVector<CategoryEntry> m_categories;
    QHash<QString, QStringList> m_relations;
    QVector<Problem> m_problems;
    QString m_figurePath;
    QString m_figureCaption;
};
