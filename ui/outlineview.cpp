// SPDX-License-Identifier: MIT
#include "outlineview.h"

#include <QPainter>

OutlineView::OutlineView(QWidget *parent) : QListView(parent) { }

QString OutlineView::emptyText()
{
    return tr("This page has no sections.");
}

void OutlineView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (model() && model()->rowCount(rootIndex()) > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    painter.drawText(viewport()->rect().adjusted(6, 4, -6, -4), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, emptyText());
}
