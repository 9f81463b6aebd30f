// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

/// Where a link of a page leads.
struct LinkTarget
{
    enum class Kind { Invalid, Page, File, External };
    Kind kind = Kind::Invalid;
    QString pageId;   ///< Kind::Page
    QString anchor;   ///< Kind::Page, may be empty
    QString path;     ///< Kind::Page and Kind::File: relative to the pack root
    QUrl url;         ///< Kind::External
};
