// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class AudienceMatrixModel;
class Catalogue;
class QTableView;

/// View › Audiences × Categories: the atlas's categories down the side and its audiences
/// across, a mark where an audience's page links the category (its sentence as the tooltip).
/// Clicking a mark or a category opens the category's page; the table prints and exports as
/// one landscape page.
class MatrixDialog final : public QDialog
{
    Q_OBJECT

public:
    MatrixDialog(const Catalogue &catalogue, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    const AudienceMatrixModel &model() const { return *m_model; }

signals:
    void categoryActivated(const QString &pageId);

private:
    void exportPdf();
    void print();

    AudienceMatrixModel *m_model;
    QTableView *m_table;
};
