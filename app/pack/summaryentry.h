// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// One line of an mdBook SUMMARY.md, in document order: a chapter, a part title or a separator.
/// The tree is implied by depth, as in the file, so a reader can rebuild it without pointers.
struct SummaryEntry
{
    enum class Kind { Chapter, PartTitle, Separator };

    Kind kind = Kind::Chapter;
    QString title; // link text without inline markup, or the part title
    QString path; // link target as written, percent-decoded, relative to src/; empty when there is no file
    QString number; // "1.2.3" for numbered chapters, counting on across parts; empty for prefix/suffix
    int depth = 0; // 0 = top level
    bool draft = false; // "- [Draft]()": announced but not written yet
    int line = 1; // 1-based, in SUMMARY.md

    friend bool operator==(const SummaryEntry &a, const SummaryEntry &b)
    {
        return a.kind == b.kind && a.title == b.title && a.path == b.path && a.number == b.number && a.depth == b.depth
            && a.draft == b.draft && a.line == b.line;
    }
};
