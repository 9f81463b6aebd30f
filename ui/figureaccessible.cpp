// SPDX-License-Identifier: MIT
#include "figureaccessible.h"

#include "figuretileaccessible.h"
#include "figureview.h"

namespace {
QAccessibleInterface *figureFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("FigureView"))
        return new FigureAccessible(static_cast<FigureView *>(object));
    return nullptr;
}
} // namespace

FigureAccessible::FigureAccessible(FigureView *view) : QAccessibleWidget(view, QAccessible::List) { }

FigureAccessible::~FigureAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_children))
        QAccessible::deleteAccessibleInterface(id);
}

void FigureAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(figureFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

FigureView *FigureAccessible::view() const
{
    return static_cast<FigureView *>(widget());
}

int FigureAccessible::childCount() const
{
    return view()->tileCount();
}

QAccessibleInterface *FigureAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    while (m_children.size() <= index)
        m_children.push_back(QAccessible::registerAccessibleInterface(new FigureTileAccessible(view(), m_children.size())));
    return QAccessible::accessibleInterface(m_children.at(index));
}

int FigureAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (int index = 0; index < m_children.size(); ++index) {
        if (QAccessible::accessibleInterface(m_children.at(index)) == child)
            return index < childCount() ? index : -1;
    }
    return -1;
}

QAccessibleInterface *FigureAccessible::childAt(int x, int y) const
{
    return child(view()->tileAt(view()->mapFromGlobal(QPoint(x, y))));
}

QAccessibleInterface *FigureAccessible::focusChild() const
{
    return view()->hasFocus() ? child(view()->currentTile()) : nullptr;
}
