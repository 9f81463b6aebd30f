// SPDX-License-Identifier: MIT
#include "figureview.h"

#include "figureaccessible.h"
#include "figuredialog.h"
#include "figuremarkup.h"
#include "lineicon.h"
#include "tilenavigation.h"
#include "windowstyle.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QToolTip>

namespace {
// The tiles are light in both palettes, so their labels keep the figure's own ink.
const QColor kInk(0x1F, 0x23, 0x28);
const qreal kTileRadius = 12.0; // in view box units, as in make-figure.py

QString pageSlug(const QString &pageId)
{
    return pageId.section(QLatin1Char('/'), -1);
}
} // namespace

FigureView::FigureView(QWidget *parent) : FigureCanvas(parent, SvgRasterizer::Labels::LeftOut), m_enlarge(new QToolButton(this))
{
    FigureAccessible::install();
    setObjectName(QStringLiteral("figureView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    m_enlarge->setObjectName(QStringLiteral("figureEnlarge"));
    m_enlarge->setAutoRaise(true);
    m_enlarge->setText(tr("Enlarge"));
    m_enlarge->setIcon(LineIcon::make(QStringLiteral("view-fullscreen"), palette()));
    m_enlarge->setToolTip(tr("Show the figure large"));
    m_enlarge->setAccessibleName(tr("Show the figure large"));
    m_enlarge->hide();
    connect(m_enlarge, &QToolButton::clicked, this, &FigureView::enlarge);
    connect(this, &FigureCanvas::figureLoaded, this, &FigureView::showLoaded);
    setFigure({}, {});
}

void FigureView::setFigure(const QString &svgPath, const QString &caption)
{
    m_caption = caption;
    FigureCanvas::setFigure(svgPath);
    setAccessibleName(caption.isEmpty() ? tr("Figure") : tr("Figure: %1").arg(caption));
    m_tilesStale = true;
    m_enlarge->hide(); // until the parse says there is something to enlarge
    setAccessibleDescription(QString());
}

void FigureView::setCategories(const QVector<CategoryEntry> &categories)
{
    m_categories = categories;
    m_tilesStale = true;
    update();
}

void FigureView::setOpenPage(const QString &pageId)
{
    if (pageId == m_openPage)
        return;
    m_openPage = pageId;
    update();
}

void FigureView::setDimmedPages(const QSet<QString> &pageIds)
{
    if (pageIds == m_dimmed)
        return;
    m_dimmed = pageIds;
    update();
}

void FigureView::showLoaded(bool valid)
{
    m_tilesStale = true;
    m_enlarge->setVisible(valid);
    placeEnlargeButton();
    setAccessibleDescription(valid ? tr("A map of the categories: use the arrow keys to choose one and Enter to open it")
                                   : tr("Figure not available"));
    update();
}

void FigureView::ensureTiles() const
{
    if (!m_tilesStale)
        return;
    m_tilesStale = false;
    m_tiles.clear();
    m_labelsSize = QSize();
    for (const FigureTile &shape : FigureCanvas::tiles()) {
        for (const CategoryEntry &category : m_categories) {
            if (pageSlug(category.pageId) == shape.slug) {
                m_tiles.push_back({shape, category});
                break;
            }
        }
    }
}

void FigureView::ensureLabels() const
{
    ensureTiles();
    if (m_labelsSize == size() && m_labels.size() == m_tiles.size())
        return;
    m_labelsSize = size();
    m_labels.clear();
    const int uiPixels = QFontInfo(font()).pixelSize();
    const int smallest = std::max(9, qRound(uiPixels * 0.75));
    for (const Tile &tile : std::as_const(m_tiles)) {
        const QRectF room = toWidget(tile.shape.labelRoom);
        // Up to three lines filling the room, never above a heading's size.
        const int largest = std::clamp(qRound(room.height() / 3.6), smallest, qRound(uiPixels * 1.5));
        TileLabel label(tile.category.title, font(), room.size(), smallest, largest);
        if (label.isShortened() && !tile.category.shortTitle.isEmpty())
            label = TileLabel(tile.category.shortTitle, font(), room.size(), smallest, largest);
        m_labels.push_back(label);
    }
}

int FigureView::tileCount() const
{
    ensureTiles();
    return m_tiles.size();
}

CategoryEntry FigureView::tileCategory(int tile) const
{
    return tile >= 0 && tile < tileCount() ? m_tiles.at(tile).category : CategoryEntry();
}

QRectF FigureView::tileRect(int tile) const
{
    return tile >= 0 && tile < tileCount() ? toWidget(m_tiles.at(tile).shape.bounds) : QRectF();
}

TileLabel FigureView::tileLabel(int tile) const
{
    ensureLabels();
    return tile >= 0 && tile < m_labels.size() ? m_labels.at(tile) : TileLabel();
}

int FigureView::tileAt(const QPointF &point) const
{
    for (int tile = 0; tile < tileCount(); ++tile) {
        if (tileRect(tile).contains(point))
            return tile;
    }
    return -1;
}

bool FigureView::isDimmed(int tile) const
{
    return m_dimmed.contains(tileCategory(tile).pageId);
}

bool FigureView::isOpen(int tile) const
{
    return !m_openPage.isEmpty() && tileCategory(tile).pageId == m_openPage;
}

void FigureView::setCurrentTile(int tile)
{
    if (tile < 0 || tile >= tileCount() || tile == m_current)
        return;
    m_current = tile;
    update();
    if (hasFocus()) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(tile);
        QAccessible::updateAccessibility(&focus);
    }
}

void FigureView::activateTile(int tile)
{
    if (tile < 0 || tile >= tileCount())
        return;
    setCurrentTile(tile);
    emit categoryActivated(m_tiles.at(tile).category.pageId);
}

void FigureView::setHovered(int tile)
{
    if (tile == m_hovered)
        return;
    m_hovered = tile;
    setCursor(tile >= 0 || (hasFigure() && figureRect().contains(mapFromGlobal(QCursor::pos()))) ? Qt::PointingHandCursor
                                                                                                 : Qt::ArrowCursor);
    update();
}

bool FigureView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        showTip(help->pos(), help->globalPos());
        return true;
    }
    case QEvent::Leave: setHovered(-1); break;
    default: break;
    }
    return FigureCanvas::event(event);
}

void FigureView::showTip(const QPoint &position, const QPoint &globalPosition)
{
    const int tile = tileAt(position);
    if (tile < 0) {
        if (hasFigure() && figureRect().contains(position))
            QToolTip::showText(globalPosition, tr("Click beside the tiles to see the figure large"), this);
        else
            QToolTip::hideText();
        return;
    }
    const CategoryEntry category = tileCategory(tile);
    QString tip = QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(category.title.toHtmlEscaped(), category.summary.toHtmlEscaped());
    if (isDimmed(tile))
        tip += QStringLiteral("<p><i>%1</i></p>").arg(tr("Not among the categories of the chosen audience").toHtmlEscaped());
    QToolTip::showText(globalPosition, tip, this, tileRect(tile).toAlignedRect());
}

void FigureView::mouseMoveEvent(QMouseEvent *event)
{
    setHovered(tileAt(event->position()));
    FigureCanvas::mouseMoveEvent(event);
}

void FigureView::mousePressEvent(QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton ? tileAt(event->position()) : -2;
    FigureCanvas::mousePressEvent(event);
}

void FigureView::mouseReleaseEvent(QMouseEvent *event)
{
    // Like a button: releasing somewhere else than where the press was cancels.
    const int pressed = m_pressed;
    m_pressed = -2;
    if (event->button() != Qt::LeftButton || pressed == -2)
        return FigureCanvas::mouseReleaseEvent(event);
    const QPointF at = event->position();
    if (pressed >= 0 && tileAt(at) == pressed)
        activateTile(pressed);
    else if (pressed == -1 && tileAt(at) == -1 && hasFigure() && figureRect().contains(at))
        enlarge();
}

void FigureView::keyPressEvent(QKeyEvent *event)
{
    if (tileCount() == 0)
        return FigureCanvas::keyPressEvent(event);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        QVector<QRectF> rects;
        for (int tile = 0; tile < tileCount(); ++tile)
            rects.push_back(tileRect(tile));
        setCurrentTile(TileNavigation::next(rects, m_current, event->key()));
        return;
    }
    case Qt::Key_Home: setCurrentTile(0); return;
    case Qt::Key_End: setCurrentTile(tileCount() - 1); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space: activateTile(m_current); return;
    default: return FigureCanvas::keyPressEvent(event);
    }
}

void FigureView::focusInEvent(QFocusEvent *event)
{
    // Arrive on the open category, or else the first.
    if (m_current < 0 || m_current >= tileCount()) {
        int open = 0;
        for (int tile = 0; tile < tileCount(); ++tile)
            open = isOpen(tile) ? tile : open;
        setCurrentTile(open);
    }
    FigureCanvas::focusInEvent(event);
}

void FigureView::resizeEvent(QResizeEvent *event)
{
    FigureCanvas::resizeEvent(event);
    placeEnlargeButton();
}

void FigureView::placeEnlargeButton()
{
    const QRectF area = hasFigure() ? figureRect() : QRectF(rect());
    m_enlarge->adjustSize();
    m_enlarge->move(qRound(area.right()) - m_enlarge->width() - 4, qRound(area.top()) + 4);
}

void FigureView::paintEvent(QPaintEvent *event)
{
    FigureCanvas::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    if (hasFigure()) {
        ensureLabels();
        for (int tile = 0; tile < m_tiles.size(); ++tile)
            paintTile(painter, tile);
    }
    if (hasFocus() && tileCount() == 0) {
        const QRectF ring = hasFigure() ? figureRect() : QRectF(rect()).adjusted(Margin, Margin, -Margin, -Margin);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2.0));
        const qreal out = Margin - 1.5;
        painter.drawRoundedRect(ring.adjusted(-out, -out, out, out), Radius + out, Radius + out);
    }
}

void FigureView::paintTile(QPainter &painter, int tile) const
{
    const QRectF bounds = tileRect(tile);
    const qreal radius = kTileRadius * bounds.width() / m_tiles.at(tile).shape.bounds.width();
    QPainterPath shape;
    shape.addRoundedRect(bounds.adjusted(1, 1, -1, -1), radius, radius);
    const QColor highlight = palette().color(QPalette::Highlight);
    const bool dimmed = isDimmed(tile);
    const QColor paper = FigureMarkup::paper(onDarkPaper());
    if (dimmed) // faded into the paper, as the grid leaves such categories out
        painter.fillPath(shape, QColor(paper.red(), paper.green(), paper.blue(), 175));
    if (tile == m_hovered) {
        QColor glow = highlight;
        glow.setAlpha(40);
        painter.fillPath(shape, glow);
    }
    // A dimmed tile takes on the paper's darkness, so its label the paper's lightness.
    const QColor faded = onDarkPaper() ? WindowStyle::mix(QColor(0xE6, 0xE6, 0xE6), paper, 0.3) : WindowStyle::mix(kInk, paper, 0.55);
    painter.setPen(dimmed ? faded : kInk);
    m_labels.at(tile).draw(&painter, toWidget(m_tiles.at(tile).shape.labelRoom));
    painter.setBrush(Qt::NoBrush);
    if (isOpen(tile) || tile == m_hovered) {
        painter.setPen(QPen(highlight, isOpen(tile) ? 3.0 : 1.5));
        painter.drawPath(shape);
    }
    if (tile == m_current && hasFocus()) {
        painter.setPen(QPen(highlight, 1.5, Qt::DashLine));
        painter.drawRoundedRect(bounds.adjusted(-2.5, -2.5, 2.5, 2.5), radius + 2.5, radius + 2.5);
    }
}

void FigureView::enlarge()
{
    if (!hasFigure())
        return;
    emit enlargeRequested();
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new FigureDialog(figurePath(), m_caption, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    // open() rather than exec(): no nested event loop, and tests can inspect the dialog.
    m_dialog->open();
}
