// SPDX-License-Identifier: MIT
#pragma once

#include "markdown/parsedpage.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

/// What the index keeps of one page. Taken from the Catalogue as implicitly shared strings, so
/// the snapshot is cheap and another thread may read it while the Catalogue lives on.
struct IndexedPage
{
    QString id;
    QString title;
    QVector<Heading> headings;
    QString text; ///< ParsedPage::plainText: what md4c made of the Markdown, never the Markdown.
    /// When set, what tells whether the page changed (its file stamp and title), and headings
    /// and text are left empty until an IndexStore::Fill supplies them for a page that did.
    QByteArray fingerprint;

    /// Takes headings and text from @p content. A first heading that repeats the title is left
    /// out of the text (the title has a column of its own), so snippets do not show it twice.
    void setContent(const ParsedPage &content);

    /// The headings, one a line, without a first one that repeats the title (already weighed as the title).
    QString headingsColumn() const;
    /// The text, without the \x02 and \x03 that SearchIndex has snippet() mark matches with (as
    /// spaces: heading offsets still hold).
    QString bodyColumn() const;
    /// The words of the title and headings as written (ExactForms).
    QString exactColumn() const;
    /// The code in the text (CodeTokens).
    QString codeColumn() const;
    /// "offset<TAB>anchor<TAB>text" per heading: what SearchIndex needs to name the matched section.
    QString outlineColumn() const;
    /// The headings other than the title, as SearchQuery::normalizedTitle() keys, for the
    /// rule that a query naming a section opens there.
    QStringList sectionKeys() const;
    /// A hash of everything stored for the page, so that any change re-indexes it.
    QByteArray contentFingerprint() const;

private:
    bool repeatsTitle(qsizetype heading) const;
};
