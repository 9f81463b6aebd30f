// SPDX-License-Identifier: MIT
#include "categorygriddelegate.h"

#include "svgimage.h"
#include "windowstyle.h"

#include "models/itemroles.h"

#include <QApplication>
#include <QFile>
#include <QListView>
#include <QPainter>
#include <QStringList>
#include <QSvgRenderer>
#include <QTextLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <QtMath>

namespace {
constexpr int kMargin = 4; // keeps the focus ring inside the item rect
constexpr int kPadding = 12;
constexpr int kIconSide = 36;
constexpr int kGap = 10;
constexpr int kSummaryGap = 10;
constexpr qreal kRadius = 8.0;

// QFontMetrics::elidedText only handles one line; titles such as "Desktop computer or mobile
// phone libraries or services" and the summaries need two before eliding.
QStringList wrapLines(const QString &title, const QFont &font, int width, int maxLines)
{
    const QFontMetrics metrics(font);
    QStringList lines;
    QTextLayout layout(title, font);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines << metrics.elidedText(title.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        lines << title.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QString iconKey(const QString &path, int side, qreal dpr)
{
    return path % u'|' % QString::number(side) % u'@' % QString::number(dpr);
}

// A QImage, not a QPixmap, so that it can be drawn on a worker thread; null if the file is
// missing or not valid SVG.
QImage renderIcon(const QString &path, int side, qreal dpr)
{
    // Checking first keeps QtSvg from warning about a missing file.
    if (path.isEmpty() || !QFile::exists(path))
        return {};
    QSvgRenderer renderer(path);
    const qreal physical = qCeil(side * dpr);
    return SvgImage::draw(renderer, QSizeF(physical, physical) / dpr, dpr);
}
} // namespace

CategoryGridDelegate::CategoryGridDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QSize CategoryGridDelegate::tileSize()
{
    return {220, 120};
}

QSize CategoryGridDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    // Tiles fill the cells the grid gives them (CategoryPane spreads them over its width).
    const auto *view = qobject_cast<const QListView *>(parent());
    const QSize cell = view ? view->gridSize() : QSize();
    return cell.isValid() ? QSize(std::max(tileSize().width(), cell.width() - GridSpacing), tileSize().height()) : tileSize();
}

QFuture<void> CategoryGridDelegate::preloadIcons(const QStringList &iconPaths, qreal devicePixelRatio)
{
    m_preloaded = QtConcurrent::run([iconPaths, devicePixelRatio] {
        QHash<QString, QImage> images;
        for (const QString &path : iconPaths)
            images.insert(iconKey(path, kIconSide, devicePixelRatio), renderIcon(path, kIconSide, devicePixelRatio));
        return images;
    });
    return QFuture<void>(m_preloaded);
}

QPixmap CategoryGridDelegate::iconPixmap(const QString &path, int side, qreal dpr) const
{
    if (path.isEmpty())
        return {};
    if (m_preloaded.isValid()) {
        const QHash<QString, QImage> images = m_preloaded.takeResult();
        for (auto it = images.cbegin(); it != images.cend(); ++it)
            m_iconCache.insert(it.key(), QPixmap::fromImage(it.value()));
    }
    const QString key = iconKey(path, side, dpr);
    const auto cached = m_iconCache.constFind(key);
    if (cached != m_iconCache.constEnd())
        return *cached;
    const QPixmap pixmap = QPixmap::fromImage(renderIcon(path, side, dpr));
    m_iconCache.insert(key, pixmap);
    return pixmap;
}

void CategoryGridDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);

    const QStyle::State state = opt.state;
    const QPalette::ColorGroup group = !(state & QStyle::State_Enabled) ? QPalette::Disabled
        : (state & QStyle::State_Active)                                ? QPalette::Active
                                                                        : QPalette::Inactive;
    const QPalette &palette = opt.palette;
    const QColor base = palette.color(group, QPalette::Base);
    const QColor text = palette.color(group, QPalette::Text);
    const QColor highlight = palette.color(group, QPalette::Highlight);
    const QColor mid = palette.color(group, QPalette::Mid);
    const bool hovered = state.testFlag(QStyle::State_MouseOver);
    const bool selected = state.testFlag(QStyle::State_Selected);
    const bool focused = state.testFlag(QStyle::State_HasFocus);

    QString title = index.data(ItemRole::Title).toString();
    if (title.isEmpty())
        title = opt.text;
    const QString summary = index.data(ItemRole::Summary).toString();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(opt.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);

    // Lifted look on hover: a soft offset shadow, strongest in light themes where it shows.
    if (hovered) {
        QColor shadow = palette.color(group, QPalette::Shadow);
        for (int i = 1; i <= 2; ++i) {
            shadow.setAlpha(28 / i);
            painter->setPen(Qt::NoPen);
            painter->setBrush(shadow);
            painter->drawRoundedRect(card.translated(0, i), kRadius, kRadius);
        }
    }

    QColor fill = hovered ? WindowStyle::mix(base, palette.color(group, QPalette::AlternateBase), 0.7) : base;
    if (selected)
        fill = WindowStyle::mix(base, highlight, hovered ? 0.20 : 0.14);
    QColor edge = WindowStyle::mix(mid, base, 0.35);
    qreal edgeWidth = 1.0;
    if (selected) {
        edge = highlight;
        edgeWidth = 1.5;
    } else if (hovered) {
        edge = WindowStyle::mix(mid, highlight, 0.45);
    }
    const qreal inset = edgeWidth / 2;
    painter->setPen(QPen(edge, edgeWidth));
    painter->setBrush(fill);
    painter->drawRoundedRect(card.adjusted(inset, inset, -inset, -inset), kRadius, kRadius);

    // Drawn outside the card with a gap so focus stays visible, and different, on a selected tile.
    if (focused) {
        QColor ring = highlight;
        ring.setAlphaF(0.75f);
        painter->setPen(QPen(ring, 2.0));
        painter->setBrush(Qt::NoBrush);
        const qreal out = kMargin - 1.5;
        painter->drawRoundedRect(card.adjusted(-out, -out, out, out), kRadius + out, kRadius + out);
    }

    const QRect inner = card.toAlignedRect().adjusted(kPadding, kPadding, -kPadding, -kPadding);
    const QFontMetrics summaryMetrics(opt.font);
    // Centre icon row plus summary line vertically, so the card has no empty band in the middle.
    const int contentHeight = kIconSide + kSummaryGap + 2 * summaryMetrics.height();
    const int top = inner.top() + qMax(0, (inner.height() - contentHeight) / 2);
    const QRect iconRect(QPoint(inner.left(), top), QSize(kIconSide, kIconSide));
    const qreal dpr = painter->device() ? painter->device()->devicePixelRatio() : qApp->devicePixelRatio();
    const QPixmap icon = iconPixmap(index.data(ItemRole::IconPath).toString(), kIconSide, dpr);
    if (!icon.isNull()) {
        painter->drawPixmap(iconRect.topLeft(), icon);
    } else {
        painter->setPen(Qt::NoPen);
        painter->setBrush(WindowStyle::mix(fill, text, 0.12));
        painter->drawRoundedRect(QRectF(iconRect), kRadius, kRadius);
        QFont letterFont = opt.font;
        letterFont.setBold(true);
        letterFont.setPixelSize(kIconSide / 2);
        painter->setFont(letterFont);
        painter->setPen(WindowStyle::mix(text, fill, 0.3));
        painter->drawText(iconRect, Qt::AlignCenter, title.left(1).toUpper());
    }

    QFont titleFont = opt.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const int textLeft = iconRect.right() + 1 + kGap;
    const int textWidth = inner.right() + 1 - textLeft;
    const QStringList lines = wrapLines(title, titleFont, textWidth, 3);
    const int blockHeight = int(lines.size()) * titleMetrics.height();
    // Centre the title on the icon so one- and two-line titles both sit balanced.
    int y = iconRect.center().y() - blockHeight / 2 + 1;
    painter->setFont(titleFont);
    painter->setPen(text);
    for (const QString &line : lines) {
        painter->drawText(textLeft, y + titleMetrics.ascent(), line);
        y += titleMetrics.height();
    }

    painter->setFont(opt.font);
    painter->setPen(WindowStyle::mix(text, fill, 0.4));
    y = iconRect.bottom() + 1 + kSummaryGap;
    for (const QString &line : wrapLines(summary, opt.font, inner.width(), 2)) {
        painter->drawText(inner.left(), y + summaryMetrics.ascent(), line);
        y += summaryMetrics.height();
    }
    painter->restore();
}
