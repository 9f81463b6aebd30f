// SPDX-License-Identifier: MIT
#include "printparts.h"

#include "content/catalogue.h"

#include <QSet>

#include <utility>

namespace {

using Nodes = QVector<std::pair<const TreeNode *, int>>;

void collectTree(const TreeNode &node, int depth, Nodes *nodes)
{
    for (const auto &child : node.children) {
        nodes->push_back({child.get(), depth});
        collectTree(*child, depth + 1, nodes);
    }
}

bool hasPageBelow(const TreeNode &node)
{
    for (const auto &child : node.children) {
        if ((!child->pageId.isEmpty() && child->anchor.isEmpty()) || hasPageBelow(*child))
            return true;
    }
    return false;
}

/// The tree node of a chapter's page, or null.
const TreeNode *branchNode(const Nodes &nodes, const QString &id)
{
    for (const auto &[node, depth] : nodes) {
        if (!id.isEmpty() && node->pageId == id && node->anchor.isEmpty())
            return node;
    }
    return nullptr;
}

} // namespace

QVector<PrintPart> PrintParts::of(const PrintSelection &selection, QString *error) const
{
    using Kind = PrintSelection::Kind;
    QVector<PrintPart> parts;
    QSet<QString> seen;
    const auto add = [&](const QString &id, int level, const QString &number = {}) {
        if (const Page *page = m_catalogue.page(id); page && !seen.contains(id)) {
            seen.insert(id);
            parts.push_back({page, page->title, number, level});
        }
    };
    // A stretch of the tree in reading order: pages with their numbers, and part titles that
    // have pages under them; levels count from \a base.
    const auto addNodes = [&](const Nodes &nodes, int base) {
        for (const auto &[node, depth] : nodes) {
            if (!node->anchor.isEmpty() || !node->enabled)
                continue;
            if (node->pageId.isEmpty() && hasPageBelow(*node))
                parts.push_back({nullptr, node->title, node->number, depth - base});
            else
                add(node->pageId, depth - base, node->number);
        }
    };
    Nodes nodes;
    collectTree(m_catalogue.tree(), 0, &nodes);
    const bool atlas = m_catalogue.kind() == PackKind::Atlas;
    const Page *overview = categoryOverview();
    switch (selection.kind) {
    case Kind::Page:
    case Kind::Selection:
    case Kind::Audience:
        if (!m_catalogue.page(selection.pageId)) {
            *error = tr("There is no page \u201c%1\u201d in this pack.").arg(selection.pageId);
            return {};
        }
        add(selection.pageId, 0);
        for (const QString &id : selection.kind == Kind::Audience ? m_catalogue.relatedCategories(selection.pageId) : QStringList())
            add(id, 1);
        break;
    case Kind::Audiences:
        // Audiences are the tree's pages with relations, under their overview.
        for (const auto &[node, depth] : nodes) {
            if (!node->anchor.isEmpty() || !m_catalogue.hasRelations(node->pageId))
                continue;
            if (parts.isEmpty() && node->parent)
                add(node->parent->pageId, 0);
            add(node->pageId, parts.isEmpty() ? 0 : 1);
        }
        break;
    case Kind::Atlas:
        if (!atlas) {
            // A book, vault or folder: the tree in reading order, then what it does not reach.
            addNodes(nodes, 0);
            for (const Page &page : m_catalogue.pages())
                add(page.id, 0);
            break;
        }
        // Home, the tree in reading order, the grid, then whatever no structure reaches.
        add(m_catalogue.homePageId(), 0);
        for (const auto &[node, depth] : nodes) {
            if (node->anchor.isEmpty())
                add(node->pageId, std::min(depth, 2));
        }
        for (const CategoryEntry &category : m_catalogue.categories())
            add(category.pageId, overview ? 1 : 0);
        for (const Page &page : m_catalogue.pages())
            add(page.id, 0);
        break;
    case Kind::Categories:
        if (overview)
            add(overview->id, 0);
        for (const CategoryEntry &category : m_catalogue.categories())
            add(category.pageId, overview ? 1 : 0);
        break;
    case Kind::Branch: {
        if (const TreeNode *branch = branchNode(nodes, selection.pageId)) {
            add(branch->pageId, 0, branch->number);
            Nodes below;
            collectTree(*branch, 1, &below);
            addNodes(below, 0);
            break;
        }
        // A folder: the pages under its path, as the tree orders them.
        const QString folder = selection.pageId + u'/';
        Nodes inside;
        for (const auto &entry : std::as_const(nodes)) {
            if (entry.first->pageId.startsWith(folder))
                inside.push_back(entry);
        }
        int base = inside.isEmpty() ? 0 : inside.first().second;
        for (const auto &entry : std::as_const(inside))
            base = std::min(base, entry.second);
        addNodes(inside, base);
        if (parts.isEmpty()) {
            *error = tr("There is no chapter or folder \u201c%1\u201d in this pack.").arg(selection.pageId);
            return {};
        }
        break;
    }
    case Kind::Tagged:
        for (const auto &[node, depth] : nodes) {
            const Page *page = m_catalogue.page(node->pageId);
            if (page && node->anchor.isEmpty() && page->tags.contains(selection.tag, Qt::CaseInsensitive))
                add(page->id, 0);
        }
        break;
    }
    dropEmptyHeadings(&parts);
    if (parts.isEmpty())
        *error = tr("This pack has no pages to print for this choice.");
    return parts;
}

void PrintParts::dropEmptyHeadings(QVector<PrintPart> *parts)
{
    // A part title whose pages all came earlier (a vault's tag list) would head nothing.
    for (qsizetype i = parts->size() - 1; i >= 0; --i) {
        const PrintPart &part = parts->at(i);
        if (!part.isHeading())
            continue;
        bool headsPage = false;
        for (qsizetype k = i + 1; k < parts->size() && parts->at(k).level > part.level && !headsPage; ++k)
            headsPage = !parts->at(k).isHeading();
        if (!headsPage)
            parts->removeAt(i);
    }
}

const Page *PrintParts::categoryOverview() const
{
    // The page whose first list is the grid, as TreeBuilder reads it.
    if (m_catalogue.categories().isEmpty())
        return nullptr;
    const QString first = m_catalogue.categories().first().pageId;
    for (const Page &page : m_catalogue.pages()) {
        const ParsedPage content = m_catalogue.content(page.id);
        if (!content.linkList.isEmpty() && page.id != first && content.links.at(content.linkList.first().link).target.pageId == first)
            return &page;
    }
    return nullptr;
}
