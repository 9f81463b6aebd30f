// SPDX-License-Identifier: MIT
#include "matrixdialog.h"

#include "models/audiencematrixmodel.h"
#include "models/itemroles.h"
#include "print/matrixdocument.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTransposeProxyModel>
#include <QVBoxLayout>
#include <QtPrintSupport/qtprintsupportglobal.h>
#if QT_CONFIG(printdialog)
#include <QPrintDialog>
#include <QPrinter>
#endif

MatrixDialog::MatrixDialog(const Catalogue &catalogue, QWidget *parent)
    : QDialog(parent), m_model(new AudienceMatrixModel(catalogue, this)), m_table(new QTableView)
{
    setObjectName(QStringLiteral("matrixDialog"));
    setWindowTitle(tr("Audiences \u00d7 Categories"));
    auto *transposed = new QTransposeProxyModel(this); // 24 categories read better down the side
    transposed->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_table->setModel(transposed);
    m_table->setAccessibleName(tr("Audiences and the categories their pages link to"));
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Audience names wrap in the header; long category names are cut, whole in their tooltips.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::Alignment::fromInt(Qt::AlignCenter | Qt::TextWordWrap));
    m_table->horizontalHeader()->setMinimumHeight(3 * fontMetrics().height() + 8);
    m_table->verticalHeader()->setMaximumWidth(fontMetrics().averageCharWidth() * 48);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit categoryActivated(index.data(ItemRole::PageId).toString());
    });
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        if (!index.data().toString().isEmpty()) // a mark: one click opens it, as in the grid
            emit categoryActivated(index.data(ItemRole::PageId).toString());
    });
    connect(m_table->verticalHeader(), &QHeaderView::sectionClicked, this, [this, transposed](int row) {
        emit categoryActivated(transposed->headerData(row, Qt::Vertical, ItemRole::PageId).toString());
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton *exportButton = buttons->addButton(tr("&Export PDF\u2026"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &MatrixDialog::exportPdf);
#if QT_CONFIG(printdialog)
    QPushButton *printButton = buttons->addButton(tr("&Print\u2026"), QDialogButtonBox::ActionRole);
    connect(printButton, &QPushButton::clicked, this, &MatrixDialog::print);
#endif
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(820, 680);
}

void MatrixDialog::exportPdf()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export PDF"), tr("audiences-and-categories.pdf"), tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    const PdfExporter::Result result = MatrixDocument::exportPdf(*m_model, file);
    if (!result.ok)
        QMessageBox::warning(this, tr("Export PDF"), result.errorString);
}

void MatrixDialog::print()
{
#if QT_CONFIG(printdialog)
    auto *printer = new QPrinter(QPrinter::HighResolution);
    auto *dialog = new QPrintDialog(printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    connect(dialog, qOverload<QPrinter *>(&QPrintDialog::accepted), this, [this](QPrinter *accepted) {
        if (!MatrixDocument::print(*m_model, accepted))
            QMessageBox::warning(this, tr("Print"), tr("The table could not be printed."));
    });
    dialog->open();
#endif
}
