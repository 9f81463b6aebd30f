// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

#include <memory>

class Catalogue;
class ComparisonDocument;
class QTextBrowser;

/// Two category pages side by side, section against section (ComparisonDocument), to read,
/// print or export in two columns.
class CompareDialog final : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const Catalogue &catalogue, const QString &firstId, const QString &secondId, QWidget *parent = nullptr);
    ~CompareDialog() override;

    QTextBrowser *browser() const { return m_browser; }

private:
    void exportPdf();
    void print();

    std::unique_ptr<ComparisonDocument> m_document;
    QTextBrowser *m_browser;
};
