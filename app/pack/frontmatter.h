// SPDX-License-Identifier: MIT
#pragma once

#include "pack/problem.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/// The YAML block at the top of a notes page (Obsidian, Jekyll, Hugo style). Only the keys the
/// app shows are kept; everything else in the block is ignored on purpose.
struct FrontMatter
{
    bool present = false;
    QString title;
    QStringList aliases;
    QStringList tags; ///< without the leading '#'
    QString kind; ///< "kind: atlas" and the like; empty when absent
    QString error; ///< malformed block: one line for a reader, empty when fine
    int errorLine = 0; ///< 1-based line in the page, 0 when there is no error

    bool hasError() const { return !error.isEmpty(); }

    /// If utf8 starts with a front matter block ("---" line, YAML, then "---" or "..." line), parses it and
    /// replaces the block's bytes in *utf8 with nothing but its newlines, so that line numbers of the rest stay
    /// the same and md4c never sees it. A leading UTF-8 BOM is allowed. Not present: *utf8 untouched.
    static FrontMatter take(QByteArray *utf8);
};
