// SPDX-License-Identifier: MIT
#include "figuretileaccessible.h"

#include "figureview.h"

#include <QCoreApplication>
#include <QWindow>

FigureTileAccessible::FigureTileAccessible(FigureView *view, int tile) : m_view(view), m_tile(tile) { }

bool FigureTileAccessible::isValid() const
{
    return m_view && m_tile < m_view->tileCount();
}

QObject *FigureTileAccessible::object() const
{
    return nullptr; // a tile is drawn, not a QObject of its own
}

QWindow *FigureTileAccessible::window() const
{
    return m_view ? m_view->window()->windowHandle() : nullptr;
}

QAccessibleInterface *FigureTileAccessible::parent() const
{
    return m_view ? QAccessible::queryAccessibleInterface(m_view.data()) : nullptr;
}

QAccessibleInterface *FigureTileAccessible::child(int) const
{
    return nullptr;
}

int FigureTileAccessible::childCount() const
{
    return 0;
}

int FigureTileAccessible::indexOfChild(const QAccessibleInterface *) const
{
    return -1;
}

QAccessibleInterface *FigureTileAccessible::childAt(int, int) const
{
    return nullptr;
}

QAccessibleInterface *FigureTileAccessible::focusChild() const
{
    return nullptr;
}

QString FigureTileAccessible::text(QAccessible::Text kind) const
{
    if (!isValid())
        return {};
    const CategoryEntry category = m_view->tileCategory(m_tile);
    switch (kind) {
    case QAccessible::Name: return category.title;
    case QAccessible::Description:
        return m_view->isDimmed(m_tile)
            ? QCoreApplication::translate("FigureView", "%1 (not among the categories of the chosen audience)").arg(category.summary)
            : category.summary;
    default: return {};
    }
}

void FigureTileAccessible::setText(QAccessible::Text, const QString &) { }

QRect FigureTileAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect local = m_view->tileRect(m_tile).toAlignedRect();
    return QRect(m_view->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::Role FigureTileAccessible::role() const
{
    return QAccessible::ListItem;
}

QAccessible::State FigureTileAccessible::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.selectable = true;
    state.focused = m_view->hasFocus() && m_view->currentTile() == m_tile;
    state.selected = m_view->isOpen(m_tile);
    state.hotTracked = m_view->hoveredTile() == m_tile;
    state.invisible = !m_view->isVisible();
    return state;
}

void *FigureTileAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
}

QStringList FigureTileAccessible::actionNames() const
{
    return {pressAction()};
}

void FigureTileAccessible::doAction(const QString &actionName)
{
    if (actionName == pressAction() && isValid())
        m_view->activateTile(m_tile);
}

QStringList FigureTileAccessible::keyBindingsForAction(const QString &actionName) const
{
    return actionName == pressAction() ? QStringList{QStringLiteral("Return")} : QStringList();
}
