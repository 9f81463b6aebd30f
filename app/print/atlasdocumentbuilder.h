// SPDX-License-Identifier: MIT
#pragma once

#include "atlasdocument.h"
#include "printpart.h"
#include "printselection.h"

#include <QHash>

#include <QCoreApplication>
#include <QString>
#include <QVector>

class Catalogue;
class QTextDocument;
struct Page;

/// Builds a QTextDocument styled for paper from a catalogue: dark text on white, tables and code
/// that fit the page width, images from the pack drawn at print resolution (SVG stays vector),
/// external link addresses written out, every page starting on a new sheet, and for booklets
/// a cover (a book's title page) and a table of contents with chapter numbers, part titles and
/// real page numbers; a book's chapters say their number above their title.
class AtlasDocumentBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(AtlasDocumentBuilder)

public:
    explicit AtlasDocumentBuilder(const Catalogue &catalogue);

    AtlasDocument build(const PrintSelection &selection) const;

    /// The style sheet of printed pages; fixed colours, so the screen theme never reaches paper.
    static QString paperStyleSheet();

private:
    QString coverHtml(const PrintSelection &selection, const QVector<PrintPart> &parts) const;
    void atlasCover(int pages, QString *subtitle, QString *blurb) const;
    QString contentsHtml(const QVector<PrintPart> &parts, const QHash<QString, int> &sectionOfPage) const;
    QString atlasName() const;
    /// Leaves in \a document, which holds only the selected page, the characters selected.
    static void keepSelected(QTextDocument *document, const PrintSelection &selection);

    const Catalogue &m_catalogue;
};
