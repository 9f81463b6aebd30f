// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

class Catalogue;
class QTextDocument;

/// Rewrites a page's HTML for paper: images from the pack by their resolved path (a note where
/// one is missing), external link addresses written out, links between the document's pages as
/// "p. N" references, tables that fit the page width, and no colours or sizes from the screen.
/// Also writes and marks the page numbers PaginatedPrinter fills in.
class PaperHtml final
{
    // The builder's context: these strings were translated there and keep their translations.
    Q_DECLARE_TR_FUNCTIONS(AtlasDocumentBuilder)

public:
    /// \a sectionOfPage: the section of each page in the document, for "p. N" references.
    PaperHtml(const Catalogue &catalogue, const QHash<QString, int> &sectionOfPage);

    /// \a html of the page \a pageId, ready for paper.
    QString rewrite(const QString &pageId, QString html) const;

    /// A number the printer fills in with the page on which \a section starts.
    static QString pageField(int section);
    /// Turns the anchors written by pageField() into PaginatedPrinter::PageNumberField fragments.
    static void markPageFields(QTextDocument *document);

private:
    QString rewriteImages(const QString &pageId, const QString &html) const;
    QString rewriteLinks(const QString &pageId, const QString &html) const;

    const Catalogue &m_catalogue;
    QHash<QString, int> m_sectionOfPage;
};
