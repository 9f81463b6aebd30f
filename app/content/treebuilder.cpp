// SPDX-License-Identifier: MIT
#include "treebuilder.h"

#include "pack/naturalorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QSet>

namespace {
bool isFolderIndex(const QString &id)
{
    const QString name = id.mid(id.lastIndexOf(u'/') + 1);
    return name == u"index" || name == u"readme";
}
} // namespace

TreeBuilder::TreeBuilder(const QString &root, const QVector<Page> &pages, const QHash<QString, int> &indexById, ContentOf contentOf)
    : m_root(root), m_pages(pages), m_indexById(indexById), m_contentOf(std::move(contentOf))
{ }

const Page *TreeBuilder::page(const QString &id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_pages.at(*it);
}

QString TreeBuilder::linkedPageId(const Reference &reference) const
{
    const LinkTarget &target = reference.target;
    return target.kind == LinkTarget::Kind::Page && page(target.pageId) ? target.pageId : QString();
}

PackStructure TreeBuilder::build(PackKind kind) const
{
    PackStructure structure;
    if (kind == PackKind::Atlas && buildAtlas(&structure))
        return structure;
    structure = PackStructure();
    buildFolders(&structure);
    if (kind == PackKind::Vault)
        buildTags(&structure);
    return structure;
}

void TreeBuilder::buildTags(PackStructure *structure) const
{
    QMap<QString, QVector<const Page *>> pagesByTag; // case-folded tag -> pages
    QHash<QString, QString> spelling;
    for (const Page &p : m_pages) {
        for (const QString &tag : p.tags) {
            pagesByTag[tag.toCaseFolded()].push_back(&p);
            spelling.insert(tag.toCaseFolded(), tag);
        }
    }
    if (pagesByTag.isEmpty())
        return;
    QStringList tags = pagesByTag.keys();
    std::sort(tags.begin(), tags.end(), NaturalOrder::less);
    TreeNode *root = structure->tree->addChild(QCoreApplication::translate("TreeBuilder", "Tags"), QString());
    for (const QString &tag : std::as_const(tags)) {
        const auto &tagged = pagesByTag.value(tag);
        TreeNode *node = root->addChild(QStringLiteral("#%1 (%2)").arg(spelling.value(tag)).arg(tagged.size()), QString());
        for (const Page *p : tagged)
            node->addChild(p->title, p->id);
    }
}

bool TreeBuilder::buildAtlas(PackStructure *structure) const
{
    const Page *index = page(QStringLiteral("index"));
    if (!index)
        return false;
    const ParsedPage indexContent = m_contentOf(index->id);
    if (indexContent.linkList.size() < 2)
        return false;
    const Page *audiences = page(linkedPageId(indexContent.links.at(indexContent.linkList.at(0).link)));
    const Page *categories = page(linkedPageId(indexContent.links.at(indexContent.linkList.at(1).link)));
    if (!audiences || !categories)
        return false;
    const ParsedPage audienceList = m_contentOf(audiences->id);
    const ParsedPage categoryList = m_contentOf(categories->id);

    for (const LinkListItem &item : categoryList.linkList) {
        const QString id = linkedPageId(categoryList.links.at(item.link));
        if (id.isEmpty())
            continue;
        const LinkTarget icon = categoryList.images.value(item.icon).target;
        const QString iconPath = icon.kind == LinkTarget::Kind::File ? QDir(m_root).filePath(icon.path) : QString();
        const QString summary = item.summary.isEmpty() ? m_contentOf(id).firstParagraph : item.summary;
        structure->categories.push_back({id, item.title.isEmpty() ? page(id)->title : item.title, summary, iconPath, item.shortTitle});
    }

    if (!categoryList.images.isEmpty()) {
        const Reference &figure = categoryList.images.first();
        const LinkTarget &target = figure.target;
        if (target.kind == LinkTarget::Kind::File) {
            structure->figurePath = QDir(m_root).filePath(target.path);
            structure->figureCaption = figure.text;
        }
    }

    TreeNode *audienceRoot = structure->tree->addChild(audiences->title, audiences->id);
    for (const LinkListItem &item : audienceList.linkList) {
        const Page *audience = page(linkedPageId(audienceList.links.at(item.link)));
        if (!audience)
            continue;
        const ParsedPage content = m_contentOf(audience->id);
        TreeNode *node = audienceRoot->addChild(item.title.isEmpty() ? audience->title : item.title, audience->id);
        for (const Heading &heading : content.headings) {
            if (heading.level == 2)
                node->addChild(heading.text, audience->id, heading.anchor);
        }
        structure->relations.insert(audience->id, linkedCategories(*audience, content, structure->categories));
    }
    // The categories belong in the tree too, so it can show where any atlas page is.
    TreeNode *categoryRoot = structure->tree->addChild(categories->title, categories->id);
    for (const CategoryEntry &category : structure->categories)
        categoryRoot->addChild(category.title, category.pageId);
    return true;
}

void TreeBuilder::buildFolders(PackStructure *structure) const
{
    QHash<QString, TreeNode *> folders{{QString(), structure->tree.get()}};
    const auto folderNode = [&](const QString &folder, auto &self) -> TreeNode * {
        if (TreeNode *found = folders.value(folder))
            return found;
        const qsizetype slash = folder.lastIndexOf(u'/');
        TreeNode *parent = self(slash < 0 ? QString() : folder.left(slash), self);
        const Page *index = page(folder.toLower() + QStringLiteral("/index"));
        if (!index)
            index = page(folder.toLower() + QStringLiteral("/readme"));
        TreeNode *node = parent->addChild(index ? index->title : folder.mid(slash + 1), index ? index->id : QString());
        folders.insert(folder, node);
        return node;
    };

    // Root index first, then the files of each folder before its sub-folders (paths are sorted).
    QVector<const Page *> ordered;
    for (const Page &p : m_pages) {
        if (p.id == u"index" || p.id == u"readme")
            ordered.prepend(&p);
        else
            ordered.push_back(&p);
    }
    for (const Page *p : std::as_const(ordered)) {
        const qsizetype slash = p->path.lastIndexOf(u'/');
        const QString folder = slash < 0 ? QString() : p->path.left(slash);
        TreeNode *parent = folderNode(folder, folderNode);
        if (!folder.isEmpty() && isFolderIndex(p->id))
            continue; // the folder node stands for it
        parent->addChild(p->title, p->id);
    }
}

QStringList TreeBuilder::linkedCategories(const Page &from, const ParsedPage &content, const QVector<CategoryEntry> &categories) const
{
    QSet<QString> linked;
    for (const Reference &link : content.links)
        linked.insert(linkedPageId(link));
    QStringList ids;
    for (const CategoryEntry &category : categories) {
        if (linked.contains(category.pageId) && category.pageId != from.id)
            ids.push_back(category.pageId);
    }
    return ids;
}
