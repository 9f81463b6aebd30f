// SPDX-License-Identifier: MIT
#pragma once

#include "print/pdfexporter.h"

#include <QString>

#include <functional>

class QPrinter;
class QWidget;

/// Print… and Export PDF… for a dialog's one document (the matrix, a comparison): the dialogs,
/// and a message when it fails.
namespace PaperActions {
/// Asks for a printer, then calls \a draw with it; \a draw returns false when nothing was printed.
void print(QWidget *parent, const std::function<bool(QPrinter *)> &draw);
/// Asks for a file name (suggesting \a suggestedName), then calls \a write with it.
void exportPdf(QWidget *parent, const QString &suggestedName, const std::function<PdfExporter::Result(const QString &)> &write);
} // namespace PaperActions
