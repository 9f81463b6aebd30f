// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <memory>
#include <vector>

/// A node of the audience tree: a page, or a section (anchor) of a page, or a folder.
struct TreeNode
{
    QString title;
    QString pageId;
    QString anchor;
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
