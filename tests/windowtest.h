// SPDX-License-Identifier: MIT
#pragma once
// What the window's widget tests share: finding items, actions and links as a user would.

#include "models/itemroles.h"
#include "pageview.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QTextBlock>
#include <QWidget>

namespace WindowTest {
inline QModelIndex findInTree(const QAbstractItemModel *model, const QString &pageId, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(ItemRole::PageId) == pageId && index.data(ItemRole::Anchor).toString().isEmpty())
            return index;
        if (const QModelIndex found = findInTree(model, pageId, index); found.isValid())
            return found;
    }
    return {};
}

inline QAction *actionNamed(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    qFatal("no action %s", qPrintable(text));
}

/// Where the first link to \a href fragment sits on screen, for a real mouse click.
inline QPoint linkPosition(PageView *view, const QString &hrefPart)
{
    for (QTextBlock block = view->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref().contains(hrefPart)) {
                QTextCursor cursor(view->document());
                cursor.setPosition(fragment.position() + 1);
                view->setTextCursor(cursor);
                view->ensureCursorVisible();
                return view->cursorRect(cursor).center();
            }
        }
    }
    return {-1, -1};
}
} // namespace WindowTest
