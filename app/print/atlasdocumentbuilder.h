// SPDX-License-Identifier: MIT
#pragma once

#include "paginatedprinter.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <optional>

class Catalogue;
class QPagedPaintDevice;
class QTextDocument;
struct Page;

/// What to print or export.
struct PrintSelection
{
    enum class Kind {
        Page,       ///< one atlas page
        Selection,  ///< part of a page, as HTML (what the page view has selected)
        Audience,   ///< one audience page, then the categories that matter to it
        Audiences,  ///< the audience overview and every audience
        Categories, ///< the category overview with its figure, then every category
        Atlas,      ///< the whole atlas as one booklet: cover, contents, every page
    };

    Kind kind = Kind::Atlas;
    QString pageId; ///< Page and Audience; for Selection, the page the HTML was taken from
    QString html;   ///< Selection only

    static PrintSelection page(const QString &id) { return {Kind::Page, id, {}}; }
    static PrintSelection selection(const QString &id, const QString &selectedHtml)
    {
        return {Kind::Selection, id, selectedHtml};
    }
    static PrintSelection audience(const QString &id) { return {Kind::Audience, id, {}}; }
    static PrintSelection section(Kind sectionKind) { return {sectionKind, {}, {}}; }

    /// The names the command line's --section takes: "audiences", "categories", "all".
    static QStringList sectionNames();
    /// The selection for one of sectionNames() (case-insensitive); nothing for other names.
    static std::optional<PrintSelection> fromSectionName(const QString &name);
};

/// A paper document built for a selection, with what PaginatedPrinter needs to print it.
struct AtlasDocument
{
    std::unique_ptr<QTextDocument> document; ///< null when the selection could not be built
    QString errorString;
    QString title;       ///< the document's own title, for PDF metadata and status messages
    QString headerTitle; ///< the left part of the running header: the atlas's name
    QVector<PaginatedPrinter::Section> sections;
    int undecoratedPages = 0; ///< the cover

    bool isValid() const { return document != nullptr; }
    /// Lays the document out for \a device and paints it; see PaginatedPrinter::print().
    PaginatedPrinter::Pagination print(QPagedPaintDevice *device);
};

/// Builds a QTextDocument styled for paper from a catalogue: dark text on white, tables and code
/// that fit the page width, images from the pack drawn at print resolution (SVG stays vector),
/// external link addresses written out, every atlas page starting on a new sheet, and for
/// booklets a cover and a table of contents with real page numbers.
class AtlasDocumentBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(AtlasDocumentBuilder)

public:
    explicit AtlasDocumentBuilder(const Catalogue &catalogue);

    AtlasDocument build(const PrintSelection &selection) const;

    /// The style sheet of printed pages; fixed colours, so the screen theme never reaches paper.
    static QString paperStyleSheet();

private:
    struct Part
    {
        const Page *page = nullptr;
        int level = 0;
    };

    QVector<Part> partsFor(const PrintSelection &selection, QString *error) const;
    const Page *categoryOverview() const;
    QString coverHtml(const PrintSelection &selection, const QVector<Part> &parts) const;
    QString contentsHtml(const QVector<Part> &parts) const;
    /// \a sectionOfPage: the section of each page in the document, for "p. N" references.
    QString paperHtml(const QString &pageId, QString html, const QHash<QString, int> &sectionOfPage) const;
    QString rewriteImages(const QString &pageId, const QString &html) const;
    QString rewriteLinks(const QString &pageId, const QString &html, const QHash<QString, int> &sectionOfPage) const;
    QString atlasName() const;

    const Catalogue &m_catalogue;
};
