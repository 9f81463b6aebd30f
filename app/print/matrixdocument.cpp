// SPDX-License-Identifier: MIT
#include "matrixdocument.h"

#include "models/audiencematrixmodel.h"
#include "paginatedprinter.h"

#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

QString MatrixDocument::html(const AudienceMatrixModel &model)
{
    QString html
        = QStringLiteral("<h2>%1</h2><p>%2</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th></th>")
              .arg(tr("Audiences \u00d7 categories"),
                   tr("%1 marks a category that the audience's page links to.").arg(AudienceMatrixModel::Mark));
    for (int audience = 0; audience < model.rowCount(); ++audience)
        html += QStringLiteral("<th>%1</th>").arg(model.headerData(audience, Qt::Vertical).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (int category = 0; category < model.columnCount(); ++category) {
        html += QStringLiteral("<tr><td>%1</td>").arg(model.headerData(category, Qt::Horizontal).toString().toHtmlEscaped());
        for (int audience = 0; audience < model.rowCount(); ++audience)
            html += QStringLiteral("<td align=\"center\">%1</td>")
                        .arg(model.isLinked(audience, category) ? QString(AudienceMatrixModel::Mark) : QString());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

bool MatrixDocument::print(const AudienceMatrixModel &model, QPagedPaintDevice *device)
{
    QTextDocument document;
    const QRect page = PaginatedPrinter::layOutLandscape(device, &document);
    QFont font(QStringLiteral("DejaVu Sans"));
    for (qreal points = 10; points >= 5; points -= 0.5) { // one page: smaller text until it fits
        font.setPointSizeF(points);
        document.setDefaultFont(font);
        document.setHtml(html(model));
        if (document.pageCount() <= 1)
            break;
    }
    QPainter painter;
    if (!painter.begin(device))
        return false;
    document.drawContents(&painter, QRectF(QPointF(0, 0), page.size()));
    return painter.end();
}

PdfExporter::Result MatrixDocument::exportPdf(const AudienceMatrixModel &model, const QString &filePath, const QPageSize &pageSize)
{
    const QPageLayout layout(pageSize, QPageLayout::Landscape, PaginatedPrinter::defaultMargins(), QPageLayout::Millimeter);
    return PdfExporter::write(filePath, tr("Audiences \u00d7 categories"), layout,
                              [&model](QPdfWriter *writer) { return print(model, writer) ? 1 : 0; });
}
