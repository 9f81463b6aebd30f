// SPDX-License-Identifier: MIT
#include "searchresultdelegate.h"

#include "models/itemroles.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace {
constexpr int Padding = 6;

QString resultHtml(const QModelIndex &index, const QColor &muted)
{
    QString html = QStringLiteral("<div style='font-weight:600'>%1</div>").arg(index.data(ItemRole::Title).toString().toHtmlEscaped());
    const QString heading = index.data(ItemRole::Heading).toString();
    if (!heading.isEmpty() && heading != index.data(ItemRole::Title).toString())
        html += QStringLiteral("<div style='color:%1'>\u00a7 %2</div>").arg(muted.name(), heading.toHtmlEscaped());
    // The snippet is already escaped, with <b> around the matches.
    html += QStringLiteral("<div>%1</div>").arg(index.data(ItemRole::SnippetHtml).toString());
    return html;
}
} // namespace

SearchResultDelegate::SearchResultDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    QColor muted = opt.palette.color(textRole);
    muted.setAlphaF(0.7f);

    QTextDocument document;
    document.setDefaultFont(opt.font);
    document.setDocumentMargin(0);
    document.setTextWidth(opt.rect.width() - 2 * Padding);
    document.setHtml(resultHtml(index, muted));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = opt.palette;
    context.palette.setColor(QPalette::Text, opt.palette.color(textRole));
    painter->save();
    painter->translate(opt.rect.topLeft() + QPoint(Padding, Padding));
    painter->setClipRect(QRect(QPoint(), opt.rect.size() - QSize(2 * Padding, 2 * Padding)));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    document.setDefaultFont(option.font);
    document.setDocumentMargin(0);
    const int width = option.rect.width() > 0 ? option.rect.width() : 260;
    document.setTextWidth(width - 2 * Padding);
    document.setHtml(resultHtml(index, option.palette.color(QPalette::Text)));
    return {width, int(document.size().height()) + 2 * Padding};
}
