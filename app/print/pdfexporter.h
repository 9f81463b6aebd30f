// SPDX-License-Identifier: MIT
#pragma once

#include "atlasdocumentbuilder.h"
#include "pdfoutline.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageSize>
#include <QString>
#include <QStringList>

#include <functional>

class QPageLayout;
class QPdfWriter;

class Catalogue;

/// Exports a selection of a catalogue to a PDF file in one call, for the Export PDF action and
/// the command line. The file is written through QSaveFile: a path that cannot be written gives
/// an error string and leaves no half-written file behind, and an existing file is replaced
/// only once the new one is complete.
class PdfExporter final
{
    Q_DECLARE_TR_FUNCTIONS(PdfExporter)

public:
    struct Result
    {
        bool ok = false;
        QString errorString; ///< one line for the user when !ok
        int pageCount = 0;
        /// "file:line: message" for each problem of a printed page (a missing include, a
        /// page that cannot be read): printed with a visible placeholder, and reported.
        QStringList problems;
    };

    static Result exportPdf(const Catalogue &catalogue, const PrintSelection &selection, const QString &filePath,
                            const QPageSize &pageSize = defaultPageSize());

    /// Letter where the locale measures in US units, A4 everywhere else.
    static QPageSize defaultPageSize() { return defaultPageSize(QLocale::system().measurementSystem()); }
    static QPageSize defaultPageSize(QLocale::MeasurementSystem system);

    /// The paper names pageSizeFromName() accepts, for help texts: "A4", "Letter".
    static QStringList pageSizeNames();
    /// "A4" or "Letter" (case-insensitive) as a page size; an invalid QPageSize otherwise.
    static QPageSize pageSizeFromName(const QString &name);

    /// Writes the PDF file that \a draw draws on the writer it is given (returning its page
    /// count, 0 on failure), through QSaveFile: whole or not at all. \a outline, when given,
    /// is read after drawing (so \a draw may fill it) and becomes the PDF's bookmarks.
    static Result write(const QString &filePath, const QString &title, const QPageLayout &layout,
                        const std::function<int(QPdfWriter *)> &draw, const QVector<PdfOutline::Entry> *outline = nullptr);
};
