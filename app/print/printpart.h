// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

struct Page;

/// One entry of a printed document: a page to print, or a part title of a book's contents
/// ("Getting Going"), which has no page of its own.
struct PrintPart
{
    const Page *page = nullptr; ///< null for a part title
    QString title;
    QString number; ///< a book's chapter number ("4.1"); empty elsewhere
    int level = 0; ///< depth in the contents

    bool isHeading() const { return page == nullptr; }
};
