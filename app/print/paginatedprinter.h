// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QMarginsF>
#include <QString>
#include <QTextCursor>
#include <QTextFormat>
#include <QVector>

class QPagedPaintDevice;
class QPainter;
class QTextDocument;

/// Paints a QTextDocument page by page onto any paged device (QPdfWriter, QPrinter, a print
/// preview) with a running header, a "Page N of M" footer and the device's margins.
/// Images are fitted to the page and drawn at the device's resolution; SVG stays vector.
///
/// The document is laid out for the device itself (its resolution and page rectangle), so the
/// page on which each section starts is known before painting; fragments whose character format
/// carries PageNumberField are rewritten to show those pages (a table of contents, "p. 12"
/// cross-references) and the layout is repeated until the numbers stop moving.
class PaginatedPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(PaginatedPrinter)

public:
    /// Character format property (an int): the index of the section whose first page the
    /// fragment shows.
    static constexpr int PageNumberField = QTextFormat::UserProperty + 0x5241;

    /// A part of the document that starts at \a position; its title runs in the page header.
    struct Section
    {
        QString title;
        int position = 0;
        int level = 0; ///< Nesting in the contents (0: top), for the PDF's bookmarks
    };

    struct Pagination
    {
        int pageCount = 0;
        QVector<int> sectionPages; ///< 1-based page on which each section starts
    };

    /// \a document is edited (layout, page size, number fields, its image handler) and must
    /// outlive the printer. Section positions refer to the document as it is now and are
    /// tracked through later edits.
    explicit PaginatedPrinter(QTextDocument *document, const QVector<Section> &sections = {});

    /// Paper margins used when nothing else was chosen, in millimetres.
    static QMarginsF defaultMargins() { return {20.0, 16.0, 20.0, 14.0}; }
    /// Turns \a device's pages to landscape and lays \a document out for them, in the device's
    /// units; the printable rectangle of a page.
    static QRect layOutLandscape(QPagedPaintDevice *device, QTextDocument *document);

    /// The left part of the running header (the booklet's title).
    void setDocumentTitle(const QString &title) { m_documentTitle = title; }
    /// The first \a count pages (a cover) get no header and footer.
    void setUndecoratedPages(int count) { m_undecoratedPages = count; }

    /// Lays the document out for \a device and resolves the page number fields. The document
    /// is then laid out against \a device, which must outlive that use (print() undoes it).
    Pagination paginate(QPagedPaintDevice *device);

    /// Paints the pages in the device's page ranges (all when it has none). Returns the
    /// pagination, with pageCount 0 when the device could not be painted on.
    Pagination print(QPagedPaintDevice *device);

private:
    struct Bands
    {
        qreal header = 0;
        qreal footer = 0;
        qreal gap = 0;
    };

    Bands bandsFor(const QPagedPaintDevice *device) const;
    Pagination measure() const;
    bool writePageNumbers(const QVector<int> &sectionPages);
    void paintPage(QPainter *painter, const QPagedPaintDevice *device, int page, const Pagination &pagination) const;
    void paintDecorations(QPainter *painter, const QPagedPaintDevice *device, int page, const Pagination &pagination) const;

    QTextDocument *m_document;
    QVector<QString> m_titles;
    QVector<QTextCursor> m_starts;
    QString m_documentTitle;
    int m_undecoratedPages = 0;
};
