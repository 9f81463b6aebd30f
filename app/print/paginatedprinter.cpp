// SPDX-License-Identifier: MIT
#include "paginatedprinter.h"

#include "content/svgfonts.h"
#include "lonelylines.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QImage>
#include <QPageRanges>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextObjectInterface>

#include <memory>

#include <algorithm>

namespace {
// Layout passes after the first: filling in page numbers can only move text when a number
// gains a digit or the contents spill onto another sheet, which settles after one more pass.
constexpr int MaxExtraPasses = 4;

qreal millimetres(const QPaintDevice *device, qreal mm)
{
    return mm * device->logicalDpiY() / 25.4;
}

QFont decorationFont()
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Liberation Sans")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(8);
    return font;
}
/// Draws images on paper. SVG goes through QSvgRenderer straight onto the device, so it stays
/// vector in a PDF; raster images are handed over at full resolution, scaled to fit the page.
/// It replaces QTextImageHandler, which would rasterise an SVG at screen size. Image names are
/// file or resource paths, or else resources of the document.
class PaperImageHandler final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
    Q_DISABLE_COPY_MOVE(PaperImageHandler)

public:
    explicit PaperImageHandler(QObject *parent) : QObject(parent) { }

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &format) override
    {
        const QTextImageFormat image = format.toImageFormat();
        const Source &source = sourceFor(doc, image.name());
        QSizeF size = source.natural.isEmpty() ? QSizeF(160, 40) : source.natural; // CSS pixels
        const bool sized = image.hasProperty(QTextFormat::ImageWidth) || image.hasProperty(QTextFormat::ImageHeight);
        if (image.hasProperty(QTextFormat::ImageWidth) && image.hasProperty(QTextFormat::ImageHeight))
            size = QSizeF(image.width(), image.height());
        else if (image.hasProperty(QTextFormat::ImageWidth))
            size = QSizeF(image.width(), image.width() * size.height() / size.width());
        else if (image.hasProperty(QTextFormat::ImageHeight))
            size = QSizeF(image.height() * size.width() / size.height(), image.height());
        const QPaintDevice *device = doc->documentLayout()->paintDevice();
        size *= device ? device->logicalDpiX() / 96.0 : 1.0;
        if (!sized && source.natural.width() <= 64 && source.natural.height() <= 64) {
            // Icons sit in the text, so they follow its size rather than their pixel size.
            const QFont font = format.toCharFormat().font();
            const qreal line = (device ? QFontMetricsF(font, device) : QFontMetricsF(font)).height() * 1.25;
            size.scale(line, line, Qt::KeepAspectRatio);
        }
        const QSizeF page = doc->pageSize();
        if (page.width() > 0 && size.width() > page.width())
            size *= page.width() / size.width();
        if (page.height() > 0 && size.height() > page.height() * 0.7)
            size *= page.height() * 0.7 / size.height();
        return size;
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int, const QTextFormat &format) override
    {
        const Source &source = sourceFor(doc, format.toImageFormat().name());
        if (source.svg) {
            source.svg->render(painter, rect);
        } else if (!source.image.isNull()) {
            painter->drawImage(rect, source.image);
        } else {
            painter->setPen(QPen(Qt::gray, 0, Qt::DashLine));
            painter->drawRect(rect);
        }
    }

private:
    struct Source
    {
        std::shared_ptr<QSvgRenderer> svg;
        QImage image;
        QSizeF natural;
    };

    const Source &sourceFor(const QTextDocument *doc, const QString &path)
    {
        auto it = m_sources.find(path);
        if (it != m_sources.end())
            return *it;
        Source source;
        if (path.endsWith(u".svg", Qt::CaseInsensitive)) {
            auto renderer = std::make_shared<QSvgRenderer>(SvgFonts::load(path));
            if (renderer->isValid()) {
                source.natural = renderer->defaultSize();
                source.svg = std::move(renderer);
            }
        } else if (source.image.load(path)) {
            source.natural = source.image.size();
        } else {
            const QVariant resource = doc->resource(QTextDocument::ImageResource, QUrl(path));
            source.image = resource.typeId() == QMetaType::QPixmap ? resource.value<QPixmap>().toImage() : resource.value<QImage>();
            source.natural = source.image.size();
        }
        return *m_sources.insert(path, source);
    }

    QHash<QString, Source> m_sources;
};

} // namespace

PaginatedPrinter::PaginatedPrinter(QTextDocument *document, const QVector<Section> &sections) : m_document(document)
{
    m_document->documentLayout()->registerHandler(QTextFormat::ImageObject, new PaperImageHandler(m_document));
    for (const Section &section : sections) {
        m_titles.push_back(section.title);
        // A cursor, not an int: writing page numbers shifts every later position.
        QTextCursor cursor(m_document);
        cursor.setPosition(std::clamp(section.position, 0, m_document->characterCount() - 1));
        m_starts.push_back(cursor);
    }
}

PaginatedPrinter::Bands PaginatedPrinter::bandsFor(const QPagedPaintDevice *device) const
{
    return {millimetres(device, 6.0), millimetres(device, 6.0), millimetres(device, 5.0)};
}

PaginatedPrinter::Pagination PaginatedPrinter::paginate(QPagedPaintDevice *device)
{
    // Laying out against the device itself gives font metrics, image sizes and line breaks
    // at the printer's resolution, the same way QTextDocument::print() does.
    const Bands bands = bandsFor(device);
    const QSizeF body(device->width(), device->height() - bands.header - bands.footer - 2 * bands.gap);
    if (body.width() <= 0 || body.height() <= 0)
        return {}; // margins wider than the paper
    m_document->setLayoutEnabled(false);
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setDocumentMargin(0);
    m_document->setPageSize(body);
    m_document->setLayoutEnabled(true);
    LonelyLines::avoid(m_document); // judges each block after the moves before it: one pass

    Pagination pagination = measure();
    for (int pass = 0; pass < MaxExtraPasses && writePageNumbers(pagination.sectionPages); ++pass)
        pagination = measure();
    return pagination;
}

PaginatedPrinter::Pagination PaginatedPrinter::measure() const
{
    Pagination pagination;
    pagination.pageCount = m_document->pageCount();
    const qreal pageHeight = m_document->pageSize().height();
    const QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    for (const QTextCursor &start : m_starts) {
        const QRectF rect = layout->blockBoundingRect(m_document->findBlock(start.position()));
        // Half a device pixel absorbs rounding at the exact top of a page.
        const int page = int((rect.top() + 0.5) / pageHeight) + 1;
        pagination.sectionPages.push_back(std::clamp(page, 1, std::max(1, pagination.pageCount)));
    }
    return pagination;
}

bool PaginatedPrinter::writePageNumbers(const QVector<int> &sectionPages)
{
    struct Field
    {
        int position;
        int length;
        QString text;
        QTextCharFormat format;
    };
    QVector<Field> changed;
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.hasProperty(PageNumberField))
                continue;
            const int section = format.intProperty(PageNumberField);
            const QString text = QString::number(sectionPages.value(section));
            if (fragment.text() != text)
                changed.push_back({fragment.position(), fragment.length(), text, format});
        }
    }
    if (changed.isEmpty())
        return false;
    QTextCursor cursor(m_document);
    cursor.beginEditBlock();
    // Back to front, so the positions of the fields not yet written stay valid.
    for (auto it = changed.crbegin(); it != changed.crend(); ++it) {
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(it->text, it->format);
    }
    cursor.endEditBlock();
    return true;
}

PaginatedPrinter::Pagination PaginatedPrinter::print(QPagedPaintDevice *device)
{
    QPainter painter;
    if (!painter.begin(device))
        return {};
    const Pagination pagination = paginate(device);
    const QPageRanges ranges = device->pageRanges();
    bool first = true;
    for (int page = 1; page <= pagination.pageCount; ++page) {
        if (!ranges.isEmpty() && !ranges.contains(page))
            continue;
        if (!first)
            device->newPage();
        first = false;
        paintPage(&painter, device, page, pagination);
    }
    painter.end();
    // The device may go away before the document does; nothing may lay it out against it again.
    m_document->setLayoutEnabled(false);
    m_document->documentLayout()->setPaintDevice(nullptr);
    return pagination;
}

void PaginatedPrinter::paintPage(QPainter *painter, const QPagedPaintDevice *device, int page, const Pagination &pagination) const
{
    const Bands bands = bandsFor(device);
    const QSizeF size = m_document->pageSize();
    // One device pixel short: a line that starts exactly on the next page's top edge would
    // otherwise be drawn (clipped away, but still in the PDF's text) on this page too.
    // Known Qt 6.4 limit: QTextLayout::draw() also draws the line just above the clip, so the
    // last line of a paragraph split across pages is in the next page's text, invisibly.
    const QRectF clip(0, (page - 1) * size.height(), size.width(), size.height() - 1);
    painter->save();
    painter->translate(0, bands.header + bands.gap - clip.top());
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    // Paper is white whatever the screen theme; text without its own colour is black.
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document->documentLayout()->draw(painter, context);
    painter->restore();
    if (page > m_undecoratedPages)
        paintDecorations(painter, device, page, pagination);
}

void PaginatedPrinter::paintDecorations(QPainter *painter, const QPagedPaintDevice *device, int page, const Pagination &pagination) const
{
    QString sectionTitle;
    for (qsizetype i = 0; i < pagination.sectionPages.size(); ++i) {
        if (pagination.sectionPages.at(i) <= page)
            sectionTitle = m_titles.value(i);
    }
    const Bands bands = bandsFor(device);
    const qreal width = device->width();
    painter->save();
    painter->setFont(decorationFont());
    painter->setPen(QColor(0x55, 0x55, 0x55));
    const QRectF header(0, 0, width, bands.header);
    const QFontMetricsF metrics(painter->font(), device);
    const QString left = metrics.elidedText(m_documentTitle, Qt::ElideRight, width * 0.45);
    const QString right = metrics.elidedText(sectionTitle, Qt::ElideRight, width * 0.5);
    painter->drawText(header, Qt::AlignLeft | Qt::AlignVCenter, left);
    painter->drawText(header, Qt::AlignRight | Qt::AlignVCenter, right);
    painter->setPen(QPen(QColor(0xb0, 0xb0, 0xb0), millimetres(device, 0.2)));
    painter->drawLine(QPointF(0, bands.header), QPointF(width, bands.header));
    painter->setPen(QColor(0x55, 0x55, 0x55));
    const QRectF footer(0, device->height() - bands.footer, width, bands.footer);
    painter->drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1 of %2").arg(page).arg(pagination.pageCount));
    painter->restore();
}

#include "paginatedprinter.moc"

QRect PaginatedPrinter::layOutLandscape(QPagedPaintDevice *device, QTextDocument *document)
{
    QPageLayout layout = device->pageLayout();
    layout.setOrientation(QPageLayout::Landscape);
    device->setPageLayout(layout);
    document->documentLayout()->setPaintDevice(device);
    const QRect page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    document->setPageSize(page.size());
    return page;
}
