// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

/// Where a link of a page leads.
struct LinkTarget
{
    /// Outside: a relative link that climbs out of the pack (a book's "../std/..." links to
    /// documentation installed beside it); Invalid: empty or unusable.
    enum class Kind { Invalid, Outside, Page, File, External };
    Kind kind = Kind::Invalid;
    QString pageId; ///< Kind::Page
    QString anchor; ///< Kind::Page, may be empty
    QString path; ///< Kind::Page and Kind::File: relative to the pack root; Kind::Outside: as resolved
    QUrl url; ///< Kind::External
};
