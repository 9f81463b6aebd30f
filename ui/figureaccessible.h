// SPDX-License-Identifier: MIT
#pragma once

#include <QAccessibleWidget>
#include <QVector>

class FigureView;

/// What assistive technology sees of a FigureView: a list whose items are the figure's
/// category tiles (FigureTileAccessible), each named after its category and pressable.
class FigureAccessible final : public QAccessibleWidget
{
public:
    explicit FigureAccessible(FigureView *view);
    ~FigureAccessible() override;

    /// Registers the factory that gives every FigureView this interface (once per process).
    static void install();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

private:
    FigureView *view() const;

    mutable QVector<QAccessible::Id> m_children; ///< Made when first asked for, by tile
};
