// SPDX-License-Identifier: MIT
#pragma once

#include "print/atlasdocumentbuilder.h"

#include <QList>
#include <QObject>

class Catalogue;
class PageView;
class QAction;
class QMenu;
class QPrinter;
class QWidget;

/// Print, Print Preview and Export PDF for the window, as in Qt's textedit example: one
/// persistent QPrinter keeps the chosen printer, paper and margins from job to job, and every
/// dialog is opened window-modal (open(), never exec()) and prints through paint().
/// Without printing support in Qt (QT_CONFIG(printer)) only Export PDF is available.
class PrintController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintController)

public:
    /// \a pageView supplies the current page and its selection; \a window parents the dialogs
    /// and the Print Section menu. Both must outlive the controller.
    PrintController(const Catalogue &catalogue, PageView *pageView, QWidget *window);
    ~PrintController() override;

    /// Prints from \a catalogue from now on (another pack).
    void setCatalogue(const Catalogue &catalogue);

    /// Print… (Ctrl+P), Print Preview…, Export PDF… (Ctrl+Shift+E), for the File menu.
    QList<QAction *> actions() const;
    /// What the Print Section menu offers for the pack's kind. The atlas: the current audience
    /// with its categories, all audiences, all categories, the whole atlas. A book: the current
    /// chapter with its sections, the whole book. A vault or folder: the current page's folder,
    /// the pages with one of its tags (a submenu), all pages.
    QList<QAction *> sectionActions() const;
    /// A "Print Section" menu holding sectionActions().
    QMenu *sectionMenu() const { return m_sectionMenu; }

    /// What Print and Preview print: the page shown, or only its selection.
    PrintSelection currentSelection(bool selectionOnly = false) const;
    /// The printer that keeps the user's choices; null without printing support.
    QPrinter *printer();

    /// The one painting path of the print dialog, the preview and the section actions: builds
    /// \a selection for paper and prints it on \a printer within its page ranges, if any.
    /// Returns the number of pages the document has, 0 when nothing could be printed.
    int paint(QPrinter *printer, const PrintSelection &selection);
    /// What the preview dialog's paintRequested is connected to: the current page on \a printer.
    void paintPreview(QPrinter *printer);
    /// What the print dialog's accepted(QPrinter *) is connected to: prints \a selection, or the
    /// page view's selection when the user chose "Selection" in the dialog.
    void printAccepted(QPrinter *printer, const PrintSelection &selection);
    /// What the Export PDF dialog's fileSelected is connected to: the current page as a PDF.
    bool exportPdf(const QString &filePath);

public slots:
    void print();
    void printPreview();
    void exportPdfInteractively();
    void printSection(PrintSelection::Kind kind);

signals:
    void statusMessage(const QString &message);

private:
    QAction *createAction(const QString &text, const QString &iconName, const QKeySequence &key);
    void openPrintDialog(const PrintSelection &selection, bool offerSelection);
    void updateActions();
    void updateSectionMenu(bool canPrint);
    /// The chapter (a book's page on screen) or folder (a note's) that "Print Section" offers.
    QString branchId() const;
    QString titleOf(const PrintSelection &selection) const;
    /// Where a PDF of @p selection is proposed: named after it, in the folder of the last
    /// export (the documents folder at first).
    QString suggestedPdfPath(const PrintSelection &selection) const;
    static QString pagesText(int pages);

    const Catalogue *m_catalogue;
    PageView *m_pageView;
    QWidget *m_window;
    QPrinter *m_printer = nullptr; ///< owned; a plain pointer as QPrinter may not exist in this Qt
    QString m_exportFolder;

    QAction *m_print;
    QAction *m_preview;
    QAction *m_export;
    QAction *m_printAudience;
    QAction *m_printAudiences;
    QAction *m_printCategories;
    QAction *m_printAtlas;
    QAction *m_printBranch;
    QMenu *m_tagMenu;
    QMenu *m_sectionMenu;
};
