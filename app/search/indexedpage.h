// SPDX-License-Identifier: MIT
#pragma once

#include "markdown/parsedpage.h"

#include <QByteArray>
#include <QString>
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
};
