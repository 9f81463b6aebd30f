// SPDX-License-Identifier: MIT
#pragma once

#include "pack/page.h"

#include <QVector>

/// Gives every page a title that tells it apart. A page's own title comes first (front matter,
/// then its first heading, then its file name made readable: Page::ownTitle); where several pages share one, as
/// RFC texts that all begin with "# Summary", each gets what distinguishes it: a leading
/// "Feature Name:" line, else its file name made readable.
class TitleDisambiguator final
{
public:
    static void apply(QVector<Page> *pages);
    /// "0002-async-closures.md" -> "0002 async closures"; "page_10.md" -> "Page 10".
    static QString readableName(const QString &path);
    /// The "Feature Name:" an RFC's text opens with, else empty.
    static QString featureName(const QString &plainText);
};
