// SPDX-License-Identifier: MIT
#pragma once

#include "paginatedprinter.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

/// A paper document built for a selection, with what PaginatedPrinter needs to print it.
struct AtlasDocument
{
    std::unique_ptr<QTextDocument> document; ///< null when the selection could not be built
    QString errorString;
    QString title; ///< the document's own title, for PDF metadata and status messages
    QString headerTitle; ///< the left part of the running header: the atlas's name
    QVector<PaginatedPrinter::Section> sections;
    int undecoratedPages = 0; ///< the cover
    QStringList problems; ///< "file:line: message" for each problem of a printed page (a missing include)

    bool isValid() const { return document != nullptr; }
    /// Lays the document out for \a device and paints it; see PaginatedPrinter::print().
    PaginatedPrinter::Pagination print(QPagedPaintDevice *device);
};
