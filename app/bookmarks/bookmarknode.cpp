// SPDX-License-Identifier: MIT
#include "bookmarknode.h"

BookmarkNode *BookmarkNode::add(std::unique_ptr<BookmarkNode> child)
{
    child->parent = this;
    children.push_back(std::move(child));
    return children.back().get();
}

std::unique_ptr<BookmarkNode> BookmarkNode::take(int row)
{
    std::unique_ptr<BookmarkNode> child = std::move(children.at(size_t(row)));
    children.erase(children.begin() + row);
    child->parent = nullptr;
    return child;
}

int BookmarkNode::row() const
{
    if (!parent)
        return 0;
    for (size_t i = 0; i < parent->children.size(); ++i) {
        if (parent->children[i].get() == this)
            return int(i);
    }
    return 0;
}

std::unique_ptr<BookmarkNode> BookmarkNode::clone() const
{
    auto copy = std::make_unique<BookmarkNode>();
    copy->kind = kind;
    copy->title = title;
    copy->href = href;
    copy->packRoot = packRoot;
    copy->pageId = pageId;
    copy->added = added;
    for (const auto &child : children)
        copy->add(child->clone());
    return copy;
}

int BookmarkNode::bookmarkCount() const
{
    int count = isFolder() ? 0 : 1;
    for (const auto &child : children)
        count += child->bookmarkCount();
    return count;
}
