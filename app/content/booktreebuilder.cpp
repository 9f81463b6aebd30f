// SPDX-License-Identifier: MIT
#include "booktreebuilder.h"

#include "pack/linkresolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

BookTreeBuilder::BookTreeBuilder(const Summary &summary, QVector<Page> &pages, const QHash<QString, int> &indexById)
    : m_summary(summary), m_pages(pages), m_indexById(indexById)
{ }

PackStructure BookTreeBuilder::build(QVector<Problem> *problems) const
{
    PackStructure structure;
    TreeNode *root = structure.tree.get();
    TreeNode *part = root;
    QVector<TreeNode *> levels; // the last chapter at each depth, under the current part
    QSet<QString> listed;
    for (const SummaryEntry &entry : m_summary.entries) {
        if (entry.kind == SummaryEntry::Kind::PartTitle) {
            part = root->addChild(entry.title, QString());
            levels.clear();
            continue;
        }
        const int depth = std::min(entry.depth, int(levels.size()));
        TreeNode *parent = depth == 0 ? (entry.number.isEmpty() ? root : part) : levels.at(depth - 1);
        levels.resize(depth);
        if (entry.kind == SummaryEntry::Kind::Separator) {
            TreeNode *separator = parent->addChild(QStringLiteral("\u2015\u2015\u2015"), QString());
            separator->enabled = false;
            continue;
        }
        QString pageId;
        if (!entry.draft) {
            const QString path = QDir::cleanPath(entry.path);
            pageId = LinkResolver::pageIdForPath(path);
            const auto it = m_indexById.constFind(pageId);
            if (it == m_indexById.cend()) {
                problems->push_back({QStringLiteral("SUMMARY.md"), entry.line,
                                     QStringLiteral("chapter '%1' names a file that does not exist").arg(entry.path)});
                pageId.clear();
            } else {
                m_pages[*it].title = entry.title;
                listed.insert(pageId);
            }
        }
        TreeNode *node = parent->addChild(entry.title, pageId);
        node->number = entry.number;
        node->enabled = !pageId.isEmpty();
        levels.push_back(node);
    }

    TreeNode *unlisted = nullptr;
    for (const Page &page : std::as_const(m_pages)) {
        if (listed.contains(page.id))
            continue;
        if (!unlisted)
            unlisted = root->addChild(QCoreApplication::translate("BookTreeBuilder", "Not in the summary"), QString());
        unlisted->addChild(page.title.isEmpty() ? page.path : page.title, page.id);
    }
    return structure;
}
