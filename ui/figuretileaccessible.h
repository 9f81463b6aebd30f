// SPDX-License-Identifier: MIT
#pragma once

#include <QAccessibleInterface>
#include <QPointer>

class FigureView;

/// One category tile of a FigureView for assistive technology: a list item named after the
/// category, described by its summary, selected when its page is open, and pressed to open it.
class FigureTileAccessible final : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    FigureTileAccessible(FigureView *view, int tile);

    bool isValid() const override;
    QObject *object() const override;
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int index) const override;
    int childCount() const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    QString text(QAccessible::Text kind) const override;
    void setText(QAccessible::Text kind, const QString &text) override;
    QRect rect() const override;
    QAccessible::Role role() const override;
    QAccessible::State state() const override;
    void *interface_cast(QAccessible::InterfaceType type) override;

    QStringList actionNames() const override;
    void doAction(const QString &actionName) override;
    QStringList keyBindingsForAction(const QString &actionName) const override;

    int tile() const { return m_tile; }

private:
    QPointer<FigureView> m_view;
    int m_tile;
};
