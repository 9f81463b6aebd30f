// SPDX-License-Identifier: MIT
#include "atlasdocument.h"

PaginatedPrinter::Pagination AtlasDocument::print(QPagedPaintDevice *device)
{
    if (!document)
        return {};
    PaginatedPrinter printer(document.get(), sections);
    printer.setDocumentTitle(headerTitle);
    printer.setUndecoratedPages(undecoratedPages);
    return printer.print(device);
}
