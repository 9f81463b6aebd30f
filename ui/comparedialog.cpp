// SPDX-License-Identifier: MIT
#include "comparedialog.h"

#include "print/comparisondocument.h"
#include "windowstyle.h"

#include "paperactions.h"

#include <QDialogButtonBox>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtPrintSupport/qtprintsupportglobal.h>

CompareDialog::CompareDialog(const Catalogue &catalogue, const QString &firstId, const QString &secondId, QWidget *parent)
    : QDialog(parent), m_document(std::make_unique<ComparisonDocument>(catalogue, firstId, secondId)), m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare %1").arg(m_document->title()));
    m_browser->setObjectName(QStringLiteral("comparison"));
    m_browser->setOpenLinks(false); // a comparison is for reading side by side; the window opens pages
    m_browser->document()->setDefaultStyleSheet(WindowStyle::pageStyleSheet(palette()));
    m_browser->setHtml(m_document->html());
    m_browser->setAccessibleName(windowTitle());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons->addButton(tr("&Export PDF\u2026"), QDialogButtonBox::ActionRole), &QPushButton::clicked, this,
            &CompareDialog::exportPdf);
#if QT_CONFIG(printdialog)
    connect(buttons->addButton(tr("&Print\u2026"), QDialogButtonBox::ActionRole), &QPushButton::clicked, this, &CompareDialog::print);
#endif
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(1100, 760);
}

CompareDialog::~CompareDialog() = default;

void CompareDialog::exportPdf()
{
    PaperActions::exportPdf(this, tr("comparison.pdf"), [this](const QString &file) { return m_document->exportPdf(file); });
}

void CompareDialog::print()
{
    PaperActions::print(this, [this](QPrinter *printer) { return m_document->print(printer) > 0; });
}
