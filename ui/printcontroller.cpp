// SPDX-License-Identifier: MIT
#include "printcontroller.h"

#include "toolaction.h"

#include "content/catalogue.h"
#include "pageview.h"
#include "print/pdfexporter.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QTextDocumentFragment>
#include <QtPrintSupport/qtprintsupportglobal.h>
#if QT_CONFIG(printer)
#include <QPrinter>
#endif
#if QT_CONFIG(printdialog)
#include <QPrintDialog>
#endif
#if QT_CONFIG(printpreviewdialog)
#include <QPrintPreviewDialog>
#endif

PrintController::PrintController(const Catalogue &catalogue, PageView *pageView, QWidget *window)
    : QObject(window), m_catalogue(&catalogue), m_pageView(pageView), m_window(window),
      m_print(createAction(tr("&Print\u2026"), QStringLiteral("document-print"), QKeySequence(QKeySequence::Print))),
      m_preview(createAction(tr("Print Pre&view\u2026"), QStringLiteral("document-print-preview"), {})),
      m_export(createAction(tr("&Export PDF\u2026"), QStringLiteral("document-export"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E))),
      m_printAudience(createAction(tr("Current &Audience\u2026"), {}, {})),
      m_printAudiences(createAction(tr("All A&udiences\u2026"), {}, {})),
      m_printCategories(createAction(tr("All &Categories\u2026"), {}, {})), m_printAtlas(createAction(tr("&Whole Atlas\u2026"), {}, {})),
      m_printBranch(createAction(tr("Current &Chapter\u2026"), {}, {})), m_tagMenu(new QMenu(tr("Pages &Tagged"), window)),
      m_sectionMenu(new QMenu(tr("Print &Section"), window))
{
    // QKeySequence::Print can be empty on minimal desktops and offscreen; Ctrl+P is expected.
    if (m_print->shortcut().isEmpty())
        m_print->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_export->setObjectName(QStringLiteral("exportPdfAction"));
    m_sectionMenu->setObjectName(QStringLiteral("printSectionMenu"));
    m_exportFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(m_exportFolder).exists())
        m_exportFolder = QDir::homePath();

    connect(m_print, &QAction::triggered, this, &PrintController::print);
    connect(m_preview, &QAction::triggered, this, &PrintController::printPreview);
    connect(m_export, &QAction::triggered, this, &PrintController::exportPdfInteractively);
    connect(m_printAudience, &QAction::triggered, this, [this] { printSection(PrintSelection::Kind::Audience); });
    connect(m_printAudiences, &QAction::triggered, this, [this] { printSection(PrintSelection::Kind::Audiences); });
    connect(m_printCategories, &QAction::triggered, this, [this] { printSection(PrintSelection::Kind::Categories); });
    connect(m_printAtlas, &QAction::triggered, this, [this] { printSection(PrintSelection::Kind::Atlas); });
    connect(m_printBranch, &QAction::triggered, this, [this] { openPrintDialog(PrintSelection::branch(branchId()), false); });
    // setHtml() on every page change emits textChanged; the audience action follows the page.
    connect(m_pageView, &QTextEdit::textChanged, this, &PrintController::updateActions);

    updateActions();
}

QPrinter *PrintController::printer()
{
#if QT_CONFIG(printer)
    // Made on first use: setting up a printer asks the print system (CUPS) for its printers,
    // which would cost every start-up time and memory.
    if (!m_printer) {
        m_printer = new QPrinter(QPrinter::HighResolution);
        m_printer->setPageSize(PdfExporter::defaultPageSize());
        m_printer->setPageMargins(PaginatedPrinter::defaultMargins(), QPageLayout::Millimeter);
    }
#endif
    return m_printer;
}

PrintController::~PrintController()
{
#if QT_CONFIG(printer)
    delete m_printer;
#endif
}

QAction *PrintController::createAction(const QString &text, const QString &iconName, const QKeySequence &key)
{
    return ToolAction::create(this, text, iconName, key.isEmpty() ? QList<QKeySequence>() : QList<QKeySequence>{key}, m_window->palette());
}

QList<QAction *> PrintController::actions() const
{
    return {m_print, m_preview, m_export};
}

QList<QAction *> PrintController::sectionActions() const
{
    switch (m_catalogue->kind()) {
    case PackKind::Atlas: return {m_printAudience, m_printAudiences, m_printCategories, m_printAtlas};
    case PackKind::Book: return {m_printBranch, m_printAtlas};
    case PackKind::Vault:
    case PackKind::Folder: break;
    }
    return {m_printBranch, m_tagMenu->menuAction(), m_printAtlas};
}

QString PrintController::branchId() const
{
    // A book's chapter is the page on screen with what is under it; a note's, its folder.
    const QString pageId = m_pageView->pageId();
    if (!m_catalogue->page(pageId))
        return {};
    if (m_catalogue->kind() == PackKind::Book)
        return pageId;
    return pageId.contains(u'/') ? pageId.section(u'/', 0, -2) : QString();
}

void PrintController::updateSectionMenu(bool canPrint)
{
    const PackKind kind = m_catalogue->kind();
    m_printAtlas->setText(kind == PackKind::Atlas      ? tr("&Whole Atlas\u2026")
                              : kind == PackKind::Book ? tr("&Whole Book\u2026")
                                                       : tr("&All Pages\u2026"));
    const QString branch = branchId();
    const Page *page = m_catalogue->page(m_pageView->pageId());
    m_printBranch->setEnabled(canPrint && !branch.isEmpty());
    if (kind == PackKind::Book)
        m_printBranch->setText(page ? tr("Chapter \u201c%1\u201d with Its Sections\u2026").arg(page->title) : tr("Current &Chapter\u2026"));
    else
        m_printBranch->setText(branch.isEmpty() ? tr("Current &Folder\u2026") : tr("Folder \u201c%1\u201d\u2026").arg(branch));
    m_tagMenu->clear();
    for (const QString &tag : page ? page->tags : QStringList()) {
        QAction *action = m_tagMenu->addAction(u'#' + tag);
        connect(action, &QAction::triggered, this, [this, tag] { openPrintDialog(PrintSelection::tagged(tag), false); });
    }
    m_tagMenu->menuAction()->setEnabled(canPrint && !m_tagMenu->isEmpty());
    if (m_sectionMenu->actions() != sectionActions()) {
        m_sectionMenu->clear();
        m_sectionMenu->addActions(sectionActions());
    }
}

void PrintController::setCatalogue(const Catalogue &catalogue)
{
    m_catalogue = &catalogue;
    updateActions();
}

void PrintController::updateActions()
{
#if QT_CONFIG(printdialog)
    const bool canPrint = true;
#else
    const bool canPrint = false;
#endif
    const QString pageId = m_pageView->pageId();
    const bool onPage = m_catalogue->page(pageId) != nullptr;
    m_print->setEnabled(canPrint && onPage);
    m_export->setEnabled(onPage);
#if QT_CONFIG(printpreviewdialog)
    m_preview->setEnabled(onPage);
#else
    m_preview->setEnabled(false);
#endif
    const bool audience = onPage && m_catalogue->hasRelations(pageId);
    m_printAudience->setEnabled(canPrint && audience);
    m_printAudience->setText(audience ? tr("Audience \u201c%1\u201d\u2026").arg(m_catalogue->page(pageId)->title)
                                      : tr("Current &Audience\u2026"));
    for (QAction *action : {m_printAudiences, m_printCategories, m_printAtlas})
        action->setEnabled(canPrint && !m_catalogue->pages().isEmpty());
    updateSectionMenu(canPrint);
}

PrintSelection PrintController::currentSelection(bool selectionOnly) const
{
    const QTextCursor cursor = m_pageView->textCursor();
    if (selectionOnly && cursor.hasSelection())
        return PrintSelection::selection(m_pageView->pageId(), cursor.selectionStart(), cursor.selectionEnd());
    return PrintSelection::page(m_pageView->pageId());
}

QString PrintController::titleOf(const PrintSelection &selection) const
{
    switch (selection.kind) {
    case PrintSelection::Kind::Audiences: return tr("All Audiences");
    case PrintSelection::Kind::Categories: return tr("All Categories");
    case PrintSelection::Kind::Atlas: return m_catalogue->kind() == PackKind::Atlas ? tr("The Whole Atlas") : m_catalogue->title();
    case PrintSelection::Kind::Tagged: return u'#' + selection.tag;
    default: break;
    }
    const Page *page = m_catalogue->page(selection.pageId);
    return page ? page->title : selection.pageId;
}

QString PrintController::pagesText(int pages)
{
    return tr("%n page(s)", nullptr, pages);
}

int PrintController::paint(QPrinter *printer, const PrintSelection &selection)
{
#if QT_CONFIG(printer)
    AtlasDocument document = AtlasDocumentBuilder(*m_catalogue).build(selection);
    if (!document.isValid()) {
        emit statusMessage(tr("Nothing printed: %1").arg(document.errorString));
        return 0;
    }
    // Ranges left over from an earlier job must not cut this one short.
    if (printer->printRange() != QPrinter::PageRange)
        printer->setPageRanges(QPageRanges());
    printer->setDocName(document.title);
    return document.print(printer).pageCount;
#else
    Q_UNUSED(printer);
    Q_UNUSED(selection);
    return 0;
#endif
}

void PrintController::paintPreview(QPrinter *printer)
{
    paint(printer, currentSelection());
}

void PrintController::printAccepted(QPrinter *printer, const PrintSelection &selection)
{
#if QT_CONFIG(printer)
    const bool selectionOnly = printer->printRange() == QPrinter::Selection;
    const PrintSelection what = selectionOnly ? currentSelection(true) : selection;
    const int pages = paint(printer, what);
    if (pages > 0) {
        const QString title = selectionOnly ? tr("the selection of \u201c%1\u201d").arg(titleOf(what))
                                            : tr("\u201c%1\u201d", "a quoted title").arg(titleOf(what));
        emit statusMessage(tr("Printed %1 (%2)").arg(title, pagesText(pages)));
    } else {
        emit statusMessage(tr("Could not print \u201c%1\u201d.").arg(titleOf(what)));
    }
#else
    Q_UNUSED(printer);
    Q_UNUSED(selection);
#endif
}

void PrintController::print()
{
    openPrintDialog(currentSelection(), m_pageView->textCursor().hasSelection());
}

void PrintController::printSection(PrintSelection::Kind kind)
{
    const PrintSelection selection
        = kind == PrintSelection::Kind::Audience ? PrintSelection::audience(m_pageView->pageId()) : PrintSelection::section(kind);
    openPrintDialog(selection, false);
}

void PrintController::openPrintDialog(const PrintSelection &selection, bool offerSelection)
{
#if QT_CONFIG(printdialog)
    auto *dialog = new QPrintDialog(printer(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("printDialog"));
    dialog->setWindowTitle(tr("Print \u201c%1\u201d").arg(titleOf(selection)));
    dialog->setOption(QAbstractPrintDialog::PrintPageRange, true);
    dialog->setOption(QAbstractPrintDialog::PrintCollateCopies, true);
    dialog->setOption(QAbstractPrintDialog::PrintSelection, offerSelection);
    if (!offerSelection && printer()->printRange() == QPrinter::Selection)
        printer()->setPrintRange(QPrinter::AllPages);
    // Named after what is printed now, and saved (when printing to a file) in the documents folder.
    printer()->setDocName(titleOf(selection));
    if (printer()->outputFormat() == QPrinter::PdfFormat)
        printer()->setOutputFileName(suggestedPdfPath(selection));
    connect(dialog, qOverload<QPrinter *>(&QPrintDialog::accepted), this,
            [this, selection](QPrinter *printer) { printAccepted(printer, selection); });
    dialog->open();
#else
    Q_UNUSED(selection);
    Q_UNUSED(offerSelection);
#endif
}

void PrintController::printPreview()
{
#if QT_CONFIG(printpreviewdialog)
    auto *dialog = new QPrintPreviewDialog(printer(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("printPreviewDialog"));
    dialog->setWindowTitle(tr("Print Preview \u2013 %1").arg(titleOf(currentSelection())));
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, &PrintController::paintPreview);
    // Large enough to read a page: most of the screen, as the window itself.
    const QSize screen = m_window->screen() ? m_window->screen()->availableGeometry().size() : QSize(1280, 800);
    dialog->resize(QSize(int(screen.width() * 0.6), int(screen.height() * 0.85)).expandedTo(QSize(640, 600)).boundedTo(screen));
    dialog->open();
#endif
}

void PrintController::exportPdfInteractively()
{
    auto *dialog = new QFileDialog(m_window, tr("Export PDF"), suggestedPdfPath(currentSelection(true)), tr("PDF documents (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("exportPdfDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    connect(dialog, &QFileDialog::fileSelected, this, &PrintController::exportPdf);
    dialog->open();
}

QString PrintController::suggestedPdfPath(const PrintSelection &selection) const
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w\\- ]+"));
    const QString name = titleOf(selection).remove(unsafe).simplified();
    return QDir(m_exportFolder).filePath((name.isEmpty() ? tr("page") : name) + QStringLiteral(".pdf"));
}

bool PrintController::exportPdf(const QString &filePath)
{
    // As Print does: a selection on the page is what is exported.
    const PrintSelection selection = currentSelection(true);
#if QT_CONFIG(printer)
    const QPageSize pageSize = printer()->pageLayout().pageSize(); // the paper chosen for printing
#else
    const QPageSize pageSize = PdfExporter::defaultPageSize();
#endif
    const PdfExporter::Result result = PdfExporter::exportPdf(*m_catalogue, selection, filePath, pageSize);
    if (!result.ok) {
        emit statusMessage(result.errorString);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export PDF"), result.errorString, QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("exportPdfError"));
        box->open();
        return false;
    }
    m_exportFolder = QFileInfo(filePath).absolutePath();
    emit statusMessage(
        tr("Exported \u201c%1\u201d to %2 (%3)").arg(titleOf(selection), QDir::toNativeSeparators(filePath), pagesText(result.pageCount)));
    return true;
}
