// SPDX-License-Identifier: MIT
#include "pageview.h"

#include "copiedselection.h"
#include "marklayers.h"
#include "svgimage.h"

#include "content/catalogue.h"
#include "content/svgfonts.h"
#include "pack/linkresolver.h"
#include "windowstyle.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStyle>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTimer>

PageView::PageView(const Catalogue &catalogue, QWidget *parent)
    : QTextBrowser(parent), m_catalogue(&catalogue), m_baseFont(font()), m_refit(new QTimer(this))
{
    m_refit->setSingleShot(true);
    m_refit->setInterval(120);
    connect(m_refit, &QTimer::timeout, this, &PageView::refitImages);
    setObjectName(QStringLiteral("pageView"));
    setAccessibleName(tr("Page"));
    setToolTip(QString()); // a tooltip over the whole text would hide link tooltips
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(18);
    connect(this, &QTextBrowser::anchorClicked, this, &PageView::onAnchorClicked);
}

void PageView::setCatalogue(const Catalogue &catalogue)
{
    m_catalogue = &catalogue;
    m_pageId.clear();
    m_content = ParsedPage();
    document()->clear();
}

bool PageView::showPage(const QString &pageId, const QString &anchor)
{
    if (!m_catalogue->page(pageId))
        return false;
    if (pageId != m_pageId) {
        m_pageId = pageId;
        render();
    }
    if (anchor.isEmpty())
        verticalScrollBar()->setValue(0);
    else
        scrollToAnchor(anchor);
    return true;
}

void PageView::setZoomPercent(int percent)
{
    percent = std::clamp(percent, MinZoom, MaxZoom);
    if (percent == m_zoom)
        return;
    m_zoom = percent;
    renderInPlace();
    emit zoomChanged(m_zoom);
}

void PageView::setBaseFont(const QFont &font)
{
    if (font == m_baseFont)
        return;
    m_baseFont = font;
    renderInPlace();
}

void PageView::renderInPlace()
{
    const int position = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(position);
}

void PageView::render()
{
    QFont font = m_baseFont;
    font.setPointSizeF(m_baseFont.pointSizeF() * m_zoom / 100.0);
    document()->setDefaultFont(font);
    document()->setDefaultStyleSheet(WindowStyle::pageStyleSheet(palette()));
    const Page *page = m_catalogue->page(m_pageId);
    // Pages are rebuilt whole; the resource cache must go with the old zoom and palette.
    document()->clear();
    m_images.clear();
    MarkLayers::of(this)->clearAll();
    m_content = page ? m_catalogue->content(m_pageId) : ParsedPage();
    setHtml(page ? m_content.html + readingLinks() : QString());
}

QString PageView::readingLinks() const
{
    // A book reads in order: its pages end with the way to the previous and the next one.
    if (m_catalogue->kind() == PackKind::Atlas)
        return {};
    QStringList links;
    for (const auto &[steps, label] : {std::pair{-1, tr("\u2190 Previous: %1")}, std::pair{1, tr("Next: %1 \u2192")}}) {
        if (const Page *to = m_catalogue->page(m_catalogue->neighbour(m_pageId, steps)))
            links << QStringLiteral("<a href=\"%1\">%2</a>")
                         .arg(LinkTarget::page(to->id).href().toHtmlEscaped(), label.arg(to->title.toHtmlEscaped()));
    }
    if (links.isEmpty())
        return {};
    return QStringLiteral("<hr/><p class=\"reading-links\">%1</p>").arg(links.join(QStringLiteral(" &nbsp;\u00b7&nbsp; ")));
}

int PageView::highlightTerms(const QStringList &terms)
{
    QTextCharFormat marked;
    marked.setBackground(WindowStyle::searchMark(palette()));
    QList<QTextEdit::ExtraSelection> selections;
    QTextCursor first;
    QStringList seen;
    for (const QString &term : terms) {
        if (term.trimmed().isEmpty() || seen.contains(term, Qt::CaseInsensitive))
            continue;
        seen << term;
        for (QTextCursor found = document()->find(term); !found.isNull(); found = document()->find(term, found)) {
            selections.push_back({found, marked});
            if (first.isNull() || found.position() < first.position())
                first = found;
        }
    }
    MarkLayers::of(this)->set(MarkLayers::Search, selections);
    if (!first.isNull()) {
        QTextCursor caret(document());
        caret.setPosition(first.selectionStart());
        setTextCursor(caret);
        ensureCursorVisible();
    }
    return int(selections.size());
}

void PageView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_pageId.isEmpty())
        render();
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (!m_images.isEmpty() && imageWidth() != m_fittedWidth)
        m_refit->start();
}

void PageView::refitImages()
{
    // In place, so the scroll position, the selection and the highlights stay.
    for (const QUrl &name : std::as_const(m_images))
        document()->addResource(QTextDocument::ImageResource, name, loadResource(QTextDocument::ImageResource, name));
    document()->markContentsDirty(0, document()->characterCount());
}

int PageView::imageWidth() const
{
    // Room for a vertical scroll bar that a tall page is about to get, so that it does not
    // make the image wider than the page and bring a horizontal one.
    const int scrollBar = verticalScrollBar()->isVisible() ? 0 : style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    return std::max(200, viewport()->width() - scrollBar - 2 * int(document()->documentMargin()) - 8);
}

QString PageView::linkDescription(const LinkTarget &target) const
{
    switch (target.kind) {
    case LinkTarget::Kind::Page: {
        const Page *page = m_catalogue->page(target.pageId);
        if (!page)
            return tr("Missing page: %1").arg(target.pageId);
        QString where = page->title;
        for (const Heading &heading : m_catalogue->content(target.pageId).headings) {
            if (!target.anchor.isEmpty() && heading.anchor == target.anchor && heading.level > 1)
                where = page->title + QStringLiteral(" \u203a ") + heading.text;
        }
        return target.pageId == m_pageId ? tr("Go to “%1” on this page").arg(where) : tr("Go to “%1”").arg(where);
    }
    case LinkTarget::Kind::External:
        return LinkResolver::mayOpenExternally(target.url) ? tr("Open %1 in the browser").arg(target.url.toString())
                                                           : tr("Not opened: %1").arg(target.url.toString());
    default: return tr("Not opened: %1").arg(target.path);
    }
}

QString PageView::linkToCopy(const LinkTarget &target) const
{
    const QString section = target.anchor.isEmpty() ? QString() : u'#' + target.anchor;
    switch (target.kind) {
    case LinkTarget::Kind::External: return target.url.toString();
    case LinkTarget::Kind::Page:
        if (const Page *page = m_catalogue->page(target.pageId)) {
            if (m_catalogue->root() == Catalogue::bundledRoot())
                return QStringLiteral("atlas:") + page->id + section;
            return QUrl::fromLocalFile(m_catalogue->filePath(page->path)).toString() + section;
        }
        return {};
    default: return {};
    }
}

QMimeData *PageView::createMimeDataFromSelection() const
{
    return CopiedSelection::mimeData(textCursor().selection(), [this](const LinkTarget &target) { return linkToCopy(target); });
}

void PageView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    // Qt's own "Copy Link Location" copies the href as written: a path relative to the page.
    if (QAction *copyLink = menu->findChild<QAction *>(QStringLiteral("link-copy"))) {
        const QString link = linkToCopy(LinkTarget::fromHref(anchorAt(event->pos())));
        copyLink->disconnect();
        copyLink->setEnabled(!link.isEmpty());
        connect(copyLink, &QAction::triggered, this, [link] { QGuiApplication::clipboard()->setText(link); });
    }
    // A link to where the reader is: the section under the pointer, else the page.
    if (const QString here = linkToCopy(LinkTarget::page(m_pageId, sectionAt(event->pos()))); !here.isEmpty()) {
        QAction *copyHere = new QAction(tr("Copy Link to This Section"), menu);
        copyHere->setObjectName(QStringLiteral("section-link-copy"));
        connect(copyHere, &QAction::triggered, this, [here] { QGuiApplication::clipboard()->setText(here); });
        menu->insertAction(menu->actions().value(0), copyHere);
    }
    if (const QString code = codeAt(event->pos()); !code.isEmpty()) {
        QAction *copyCode = new QAction(tr("Copy Code"), menu);
        copyCode->setObjectName(QStringLiteral("code-copy"));
        connect(copyCode, &QAction::triggered, this, [code] { QGuiApplication::clipboard()->setText(code); });
        menu->insertAction(menu->actions().value(0), copyCode);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

QString PageView::sectionAt(const QPoint &pos) const
{
    // The last heading at or above the point; its anchor is the name set on its first fragment.
    for (QTextBlock block = cursorForPosition(pos).block(); block.isValid(); block = block.previous()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (const QStringList names = it.fragment().charFormat().anchorNames(); !names.isEmpty())
                return names.first();
        }
    }
    return {};
}

QString PageView::codeAt(const QPoint &pos) const
{
    // A <pre> becomes one block per line, each with non-breakable lines: the run of such blocks
    // around the one clicked is the code block.
    const auto isCode = [](const QTextBlock &block) { return block.isValid() && block.blockFormat().nonBreakableLines(); };
    QTextBlock first = cursorForPosition(pos).block();
    if (!isCode(first))
        return {};
    while (isCode(first.previous()))
        first = first.previous();
    QStringList lines;
    for (QTextBlock block = first; isCode(block); block = block.next())
        lines.push_back(block.text());
    // Qt keeps a line break inside a block as U+2028 and may store spaces as no-break spaces.
    QString code = lines.join(u'\n').replace(QChar::LineSeparator, u'\n').replace(QChar::Nbsp, u' ');
    while (code.endsWith(u'\n'))
        code.chop(1);
    return code;
}

void PageView::onAnchorClicked(const QUrl &url)
{
    const LinkTarget target = LinkTarget::fromUrl(url);
    const QString href = target.kind == LinkTarget::Kind::External ? target.url.toString() : target.path;
    switch (target.kind) {
    case LinkTarget::Kind::Page:
        if (m_catalogue->page(target.pageId))
            emit pageLinkActivated(target.pageId, target.anchor);
        else
            emit linkRefused(target.pageId, tr("the page does not exist in this content pack"));
        break;
    case LinkTarget::Kind::External:
        if (LinkResolver::mayOpenExternally(target.url))
            emit externalLinkActivated(target.url);
        else
            emit linkRefused(href, tr("only http, https and mailto links open outside the atlas"));
        break;
    case LinkTarget::Kind::File: emit linkRefused(href, tr("files are not opened from the atlas")); break;
    case LinkTarget::Kind::Invalid:
    case LinkTarget::Kind::Outside: emit linkRefused(href, tr("the link leads outside the content pack")); break;
    }
}

QVariant PageView::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource)
        return {};
    if (!m_images.contains(name))
        m_images.push_back(name);
    m_fittedWidth = imageWidth();
    const LinkTarget target = LinkTarget::fromUrl(name);
    const QString alt = altTextFor(target);
    if (target.kind != LinkTarget::Kind::File)
        return placeholder(tr("Image not in the atlas: %1").arg(alt));
    const QString path = m_catalogue->filePath(target.path);
    const QImage image = imageFor(path);
    if (!image.isNull())
        return image;
    return placeholder(QFileInfo(path).isFile() ? tr("Image cannot be shown: %1").arg(alt) : tr("Missing image: %1").arg(alt));
}

QImage PageView::imageFor(const QString &path) const
{
    if (!QFileInfo(path).isFile())
        return {};
    const qreal ratio = devicePixelRatioF();
    const int maxWidth = imageWidth();
    if (!path.endsWith(u".svg", Qt::CaseInsensitive)) {
        QImage image(path);
        image.setDevicePixelRatio(std::max(ratio, qreal(image.width()) / maxWidth));
        return image;
    }
    // Vector images are drawn at the screen's pixel density so they stay crisp on high-DPI.
    QSvgRenderer renderer(SvgFonts::load(path));
    QSizeF size = renderer.defaultSize();
    if (size.width() > maxWidth)
        size *= maxWidth / size.width();
    return SvgImage::draw(renderer, size, ratio);
}

QImage PageView::placeholder(const QString &text) const
{
    const qreal ratio = devicePixelRatioF();
    const QSize size(360, 64);
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(palette().color(QPalette::AlternateBase));
    QPainter painter(&image);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    painter.drawRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1));
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(QPoint(8, 0), size - QSize(16, 0)), Qt::AlignCenter | Qt::TextWordWrap, text);
    return image;
}

QString PageView::altTextFor(const LinkTarget &target) const
{
    for (const Reference &image : m_content.images) {
        if (image.target == target)
            return image.text.isEmpty() ? image.written : image.text;
    }
    return target.kind == LinkTarget::Kind::External ? target.url.toString() : target.path;
}
