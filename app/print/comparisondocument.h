// SPDX-License-Identifier: MIT
#pragma once

#include "pdfexporter.h"

#include <QCoreApplication>
#include <QString>

class Catalogue;
class QPagedPaintDevice;

/// Two category pages side by side, section against section: their introductions, then each
/// "##" section of the first next to the section of the same title in the second (notable
/// projects beside notable projects), then what only the second has. The same HTML serves
/// the screen and paper.
class ComparisonDocument final
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonDocument)

public:
    ComparisonDocument(const Catalogue &catalogue, const QString &firstId, const QString &secondId);

    /// Empty, with errorString() set, when either id names no page.
    QString html() const;
    QString title() const;
    QString errorString() const { return m_error; }

    /// Lays the comparison out on landscape pages of \a device; the number of pages, 0 on failure.
    int print(QPagedPaintDevice *device) const;
    PdfExporter::Result exportPdf(const QString &filePath, const QPageSize &pageSize = PdfExporter::defaultPageSize()) const;

private:
    const Catalogue &m_catalogue;
    QString m_first;
    QString m_second;
    QString m_error;
};
