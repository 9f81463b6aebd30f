// SPDX-License-Identifier: MIT
#include "comparisondocument.h"

#include "content/catalogue.h"
#include "paginatedprinter.h"
#include "paperpages.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace {
struct Section
{
    QString title; ///< Empty for the introduction.
    QString html;
};

/// The page's body cut at its "##" headings (md4c writes them as <h2>…</h2>); its # title left out.
QVector<Section> sectionsOf(const ParsedPage &page)
{
    QStringList titles;
    for (const Heading &heading : page.headings) {
        if (heading.level == 2)
            titles << heading.text;
    }
    const QString &html = page.html;
    const qsizetype titleEnd = html.indexOf(QStringLiteral("</h1>"));
    qsizetype at = titleEnd < 0 ? 0 : titleEnd + 5;
    QVector<Section> sections;
    QString title;
    for (int next = 0;; ++next) {
        const qsizetype heading = html.indexOf(QStringLiteral("<h2"), at);
        sections.push_back({title, html.mid(at, heading < 0 ? -1 : heading - at)});
        if (heading < 0)
            break;
        const qsizetype end = html.indexOf(QStringLiteral("</h2>"), heading);
        at = end < 0 ? html.size() : end + 5;
        title = titles.value(next);
    }
    return sections;
}

QString cell(const QString &html)
{
    return QStringLiteral("<td width=\"50%\" valign=\"top\">%1</td>").arg(html);
}
} // namespace

ComparisonDocument::ComparisonDocument(const Catalogue &catalogue, const QString &firstId, const QString &secondId)
    : m_catalogue(catalogue), m_first(firstId), m_second(secondId)
{
    for (const QString &id : {firstId, secondId}) {
        if (!catalogue.page(id) && m_error.isEmpty())
            m_error = tr("no page '%1' in this content pack").arg(id);
    }
}

QString ComparisonDocument::title() const
{
    if (!m_error.isEmpty())
        return {};
    return tr("%1 and %2").arg(m_catalogue.page(m_first)->title, m_catalogue.page(m_second)->title);
}

QString ComparisonDocument::html() const
{
    if (!m_error.isEmpty())
        return {};
    const QVector<Section> first = sectionsOf(m_catalogue.content(m_first));
    QVector<Section> second = sectionsOf(m_catalogue.content(m_second));
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>%1%2</tr>")
                       .arg(cell(QStringLiteral("<h1>%1</h1>").arg(m_catalogue.page(m_first)->title.toHtmlEscaped())),
                            cell(QStringLiteral("<h1>%1</h1>").arg(m_catalogue.page(m_second)->title.toHtmlEscaped())));
    const auto row = [&html](const QString &title, const QString &left, const QString &right) {
        if (!title.isEmpty())
            html += QStringLiteral("<tr><td colspan=\"2\"><h2>%1</h2></td></tr>").arg(title.toHtmlEscaped());
        html += QStringLiteral("<tr>%1%2</tr>").arg(cell(left), cell(right));
    };
    for (const Section &section : first) {
        const auto match = std::find_if(second.begin(), second.end(),
                                        [&](const Section &other) { return other.title.compare(section.title, Qt::CaseInsensitive) == 0; });
        row(section.title, section.html, match == second.end() ? QString() : match->html);
        if (match != second.end())
            second.erase(match);
    }
    for (const Section &section : std::as_const(second))
        row(section.title, QString(), section.html);
    return html + QStringLiteral("</table>");
}

int ComparisonDocument::print(QPagedPaintDevice *device) const
{
    if (!m_error.isEmpty())
        return 0;
    QTextDocument document;
    const QRect page = PaginatedPrinter::layOutLandscape(device, &document);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.setDefaultStyleSheet(PaperPages::linkStyle());
    document.setHtml(html());
    PaperPages(m_catalogue, {}).prepare(&document, 0, document.characterCount() - 1, QString());
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    for (int n = 0; n < document.pageCount(); ++n) {
        if (n > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -n * page.height());
        document.drawContents(&painter, QRectF(0, n * page.height(), page.width(), page.height()));
        painter.restore();
    }
    return painter.end() ? document.pageCount() : 0;
}

PdfExporter::Result ComparisonDocument::exportPdf(const QString &filePath, const QPageSize &pageSize) const
{
    if (!m_error.isEmpty()) {
        PdfExporter::Result result;
        result.errorString = tr("Cannot export to %1: %2").arg(filePath, m_error);
        return result;
    }
    const QPageLayout layout(pageSize, QPageLayout::Landscape, PaginatedPrinter::defaultMargins(), QPageLayout::Millimeter);
    return PdfExporter::write(filePath, title(), layout, [this](QPdfWriter *writer) { return print(writer); });
}
