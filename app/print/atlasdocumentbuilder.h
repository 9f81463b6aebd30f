// SPDX-License-Identifier: MIT
#pragma once

#include "atlasdocument.h"
#include "printselection.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

class Catalogue;
struct Page;

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
    QString atlasName() const;

    const Catalogue &m_catalogue;
};
