// SPDX-License-Identifier: MIT
#include "paperactions.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QtPrintSupport/qtprintsupportglobal.h>
#if QT_CONFIG(printdialog)
#include <QPrintDialog>
#include <QPrinter>
#endif

namespace PaperActions {

void print(QWidget *parent, const std::function<bool(QPrinter *)> &draw)
{
#if QT_CONFIG(printdialog)
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(printer, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    QObject::connect(dialog, qOverload<QPrinter *>(&QPrintDialog::accepted), parent, [parent, draw](QPrinter *accepted) {
        if (!draw(accepted))
            QMessageBox::warning(parent, QCoreApplication::translate("PaperActions", "Print"),
                                 QCoreApplication::translate("PaperActions", "Nothing could be printed."));
    });
    dialog->open();
#else
    Q_UNUSED(parent);
    Q_UNUSED(draw);
#endif
}

void exportPdf(QWidget *parent, const QString &suggestedName, const std::function<PdfExporter::Result(const QString &)> &write)
{
    const QString title = QCoreApplication::translate("PaperActions", "Export PDF");
    const QString file
        = QFileDialog::getSaveFileName(parent, title, suggestedName, QCoreApplication::translate("PaperActions", "PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    const PdfExporter::Result result = write(file);
    if (!result.ok)
        QMessageBox::warning(parent, title, result.errorString);
}

} // namespace PaperActions
