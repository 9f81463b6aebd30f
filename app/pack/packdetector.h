// SPDX-License-Identifier: MIT
#pragma once

#include "pack/packreader.h"
#include "packlayout.h"

/// Tells what kind of collection a folder is, from what its authors put there:
/// - an atlas declares itself ("kind: atlas" in its index.md front matter);
/// - an mdBook has book.toml and/or SUMMARY.md (the book root or its src/ may be opened);
/// - a notes vault has an .obsidian/ folder (a folder whose pages turn out to use front matter or
///   wikilinks becomes one later, once they are read);
/// - anything else is a plain folder.
class PackDetector final
{
public:
    static PackLayout detect(const QString &root);
    /// Whether the pages of a folder are notes: at least a tenth of them open with front matter
    /// or use [[wikilinks]] (a stray "\[[7](#7)\]" in one RFC of hundreds does not make a vault).
    static bool looksLikeVault(const QVector<SourceFile> &files);
    /// The same, judged from at most SampleSize of the \a entries, spread evenly over them.
    static bool looksLikeVault(const PackReader &reader, const QVector<SourceEntry> &entries);
    static constexpr int SampleSize = 400;

private:
    static bool detectBook(const QString &root, PackLayout *layout);
    static bool declaresAtlas(const QString &root, PackLayout *layout);
};
