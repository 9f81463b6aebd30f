// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>
#include <vector>

/// A node of a pack's tree: a page, a section (anchor) of a page, a folder, a book's part
/// title, draft chapter or separator.
struct TreeNode
{
    QString title;
    QString pageId; ///< Empty for what cannot be opened: folders without an index, parts, drafts.
    QString anchor;
    QString number; ///< A book's chapter number ("1.2"), shown before the title.
    bool enabled = true; ///< False for a book's draft chapters and separators.
    TreeNode *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<TreeNode>> children;

    TreeNode *addChild(const QString &childTitle, const QString &childPageId, const QString &childAnchor = {})
    {
        auto child = std::make_unique<TreeNode>();
        child->title = childTitle;
        child->pageId = childPageId;
        child->anchor = childAnchor;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};
