// SPDX-License-Identifier: MIT
#pragma once

#include <QListView>

/// "On this page": the current page's sections; says so when the page has none, rather than
/// showing an empty box.
class OutlineView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutlineView)

public:
    explicit OutlineView(QWidget *parent = nullptr);

    /// The sentence shown when the page has no sections.
    static QString emptyText();

protected:
    void paintEvent(QPaintEvent *event) override;
};
