// SPDX-License-Identifier: MIT
#include "matrixdialog.h"

#include "models/audiencematrixmodel.h"
#include "models/itemroles.h"
#include "print/matrixdocument.h"

#include "paperactions.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTransposeProxyModel>
#include <QVBoxLayout>
#include <QtPrintSupport/qtprintsupportglobal.h>

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
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit categoryActivated(index.data(ItemRole::PageId).toString()); });
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
    PaperActions::exportPdf(this, tr("audiences-and-categories.pdf"),
                            [this](const QString &file) { return MatrixDocument::exportPdf(*m_model, file); });
}

void MatrixDialog::print()
{
    PaperActions::print(this, [this](QPrinter *printer) { return MatrixDocument::print(*m_model, printer); });
}
