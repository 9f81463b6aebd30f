// SPDX-License-Identifier: MIT
#include "pdfexporter.h"

#include "content/catalogue.h"

#include <QDir>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

PdfExporter::Result PdfExporter::exportPdf(const Catalogue &catalogue, const PrintSelection &selection,
                                           const QString &filePath, const QPageSize &pageSize)
{
    Result result;
    const QString shownPath = QDir::toNativeSeparators(filePath);
    if (!pageSize.isValid()) {
        result.errorString = tr("Cannot export to %1: the paper size is not valid.").arg(shownPath);
        return result;
    }
    AtlasDocument document = AtlasDocumentBuilder(catalogue).build(selection);
    if (!document.isValid()) {
        result.errorString = tr("Cannot export to %1: %2").arg(shownPath, document.errorString);
        return result;
    }

    const QPageLayout layout(pageSize, QPageLayout::Portrait, PaginatedPrinter::defaultMargins(), QPageLayout::Millimeter);
    return write(filePath, document.title, layout, [&document](QPdfWriter *writer) { return document.print(writer).pageCount; });
}

PdfExporter::Result PdfExporter::write(const QString &filePath, const QString &title, const QPageLayout &layout,
                                       const std::function<int(QPdfWriter *)> &draw)
{
    Result result;
    const QString shownPath = QDir::toNativeSeparators(filePath);
    // Opened before any work on the PDF, so an unwritable path fails at once and clearly.
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.errorString = tr("Cannot write %1: %2").arg(shownPath, file.errorString());
        return result;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Rust Atlas %1").arg(QStringLiteral(RUST_ATLAS_VERSION)));
        writer.setPageLayout(layout);
        result.pageCount = draw(&writer);
    }
    if (result.pageCount == 0) {
        file.cancelWriting();
        result.errorString = tr("Cannot export to %1: the PDF could not be drawn.").arg(shownPath);
        return result;
    }
    if (!file.commit()) {
        result.pageCount = 0;
        result.errorString = tr("Cannot write %1: %2").arg(shownPath, file.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

QPageSize PdfExporter::defaultPageSize(QLocale::MeasurementSystem system)
{
    // ImperialSystem is the same value as ImperialUSSystem; the UK (ImperialUKSystem) uses A4.
    return QPageSize(system == QLocale::ImperialUSSystem ? QPageSize::Letter : QPageSize::A4);
}

QStringList PdfExporter::pageSizeNames()
{
    return {QStringLiteral("A4"), QStringLiteral("Letter")};
}

QPageSize PdfExporter::pageSizeFromName(const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.compare(u"A4", Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::A4);
    if (wanted.compare(u"Letter", Qt::CaseInsensitive) == 0)
        return QPageSize(QPageSize::Letter);
    return {};
}
