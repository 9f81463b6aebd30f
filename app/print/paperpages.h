// SPDX-License-Identifier: MIT
#pragma once

#include "markdown/linktarget.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QString>

class Catalogue;
class QTextCursor;
class QTextDocument;
class QTextImageFormat;

/// Turns pages as the screen shows them, each link and image carrying its LinkTarget::href(),
/// into paper, in the document itself: images by their file in the pack (a note where one is
/// missing), web and mail addresses written out, links between the document's pages as "p. N"
/// references that PaginatedPrinter fills in, other links plain text, and tables the page's
/// width. Nothing is resolved again: the targets are those the screen follows.
class PaperPages final
{
    // The builder's context: these strings were translated there and keep their translations.
    Q_DECLARE_TR_FUNCTIONS(AtlasDocumentBuilder)

public:
    static constexpr QColor LinkColour{0x0b, 0x4f, 0x94};
    /// The style sheet rule of links on paper: coloured, not underlined.
    static QString linkStyle();

    /// \a sectionOfPage: the section of each page in the document, for "p. N" references.
    PaperPages(const Catalogue &catalogue, const QHash<QString, int> &sectionOfPage);

    /// Prepares the characters from \a from to \a to of \a document, the body of \a pageId.
    void prepare(QTextDocument *document, int from, int to, const QString &pageId) const;

    /// A number the printer fills in with the page on which \a section starts, as HTML.
    static QString pageField(int section);
    /// Turns the anchors written by pageField() into PaginatedPrinter::PageNumberField fragments.
    static void markPageFields(QTextDocument *document);

private:
    void prepareLink(QTextCursor *link, const LinkTarget &target, const QString &pageId) const;
    void prepareImage(QTextCursor *image, const QTextImageFormat &format) const;

    const Catalogue &m_catalogue;
    QHash<QString, int> m_sectionOfPage;
};
