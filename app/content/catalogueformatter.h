// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class Catalogue;

/// Plain-text views of a catalogue for the command line.
class CatalogueFormatter final
{
public:
    /// The audience tree, indented, then the category grid with summaries.
    static QString listing(const Catalogue &catalogue);
    /// One "file:line: message" line per problem; \a displayRoot prefixes the file names.
    static QString problems(const Catalogue &catalogue, const QString &displayRoot);
};
