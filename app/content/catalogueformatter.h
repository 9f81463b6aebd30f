// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class Catalogue;

/// Plain-text views of a catalogue for the command line.
class CatalogueFormatter final
{
public:
    /// The kind and title on the first line, then the tree, indented (an atlas's audience tree,
    /// then its category grid with one-line summaries; a book's numbered chapters).
    static QString listing(const Catalogue &catalogue);
    /// One "file:line: message" line per problem ("file:line: note: message" for notes, when
    /// \a withNotes); \a displayRoot prefixes the file names.
    static QString problems(const Catalogue &catalogue, const QString &displayRoot, bool withNotes = true);
    /// \a text on one line, cut at a word with an ellipsis when longer than \a maxLength.
    static QString oneLine(const QString &text, int maxLength = 100);
};
