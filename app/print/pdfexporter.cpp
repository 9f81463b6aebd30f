// SPDX-License-Identifier: MIT
#include "pdfexporter.h"

#include "content/catalogue.h"

#include <QBuffer>
#include <QDir>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

PdfExporter::Result PdfExporter::exportPdf(const Catalogue &catalogue, const PrintSelection &selection, const QString &filePath,
                                           const QPageSize &pageSize)
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
    // A booklet's sections, where they start, become the PDF's bookmarks, nested as its contents.
    QVector<PdfOutline::Entry> outline;
    const auto draw = [&document, &outline](QPdfWriter *writer) {
        const PaginatedPrinter::Pagination pagination = document.print(writer);
        for (qsizetype i = 0; document.sections.size() > 1 && i < document.sections.size() && i < pagination.sectionPages.size(); ++i)
            outline.push_back({document.sections.at(i).title, document.sections.at(i).level, pagination.sectionPages.at(i)});
        return pagination.pageCount;
    };
    Result written = write(filePath, document.title, layout, draw, &outline);
    written.problems = document.problems;
    return written;
}

PdfExporter::Result PdfExporter::write(const QString &filePath, const QString &title, const QPageLayout &layout,
                                       const std::function<int(QPdfWriter *)> &draw, const QVector<PdfOutline::Entry> *outline)
{
    Result result;
    const QString shownPath = QDir::toNativeSeparators(filePath);
    // Opened before any work on the PDF, so an unwritable path fails at once and clearly.
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        result.errorString = tr("Cannot write %1: %2").arg(shownPath, file.errorString());
        return result;
    }
    QBuffer drawn; // in memory first: the outline is added to the finished PDF
    drawn.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&drawn);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Rust Atlas %1").arg(QStringLiteral(RUST_ATLAS_VERSION)));
        writer.setPageLayout(layout);
        result.pageCount = draw(&writer);
    }
    QByteArray pdf = drawn.buffer();
    drawn.close();
    if (outline && !outline->isEmpty())
        PdfOutline::add(&pdf, *outline); // without bookmarks, should the file be unexpected
    if (result.pageCount > 0 && file.write(pdf) != pdf.size())
        result.pageCount = -1;
    if (result.pageCount < 0) {
        file.cancelWriting();
        result.pageCount = 0;
        result.errorString = tr("Cannot write %1: %2").arg(shownPath, file.errorString());
        return result;
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
