// SPDX-License-Identifier: MIT
#pragma once

#include "pdfexporter.h"

#include <QCoreApplication>
#include <QString>

class AudienceMatrixModel;
class QPagedPaintDevice;

/// The audiences × categories table on paper: one landscape page, the categories down the side
/// and the audiences across, a mark where an audience's page links a category.
class MatrixDocument final
{
    Q_DECLARE_TR_FUNCTIONS(MatrixDocument)

public:
    static QString html(const AudienceMatrixModel &model);
    /// Draws the table on one landscape page of \a device (a printer or a PDF writer), its text
    /// made smaller until it fits. False when nothing could be drawn.
    static bool print(const AudienceMatrixModel &model, QPagedPaintDevice *device);
    /// The same as a PDF file, written whole or not at all.
    static PdfExporter::Result exportPdf(const AudienceMatrixModel &model, const QString &filePath,
                                         const QPageSize &pageSize = PdfExporter::defaultPageSize());
};
