// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// A place in the atlas: a page, and optionally a section of it.
struct Location
{
    QString pageId;
    QString anchor;

    bool isValid() const { return !pageId.isEmpty(); }
    /// "page#anchor", the form kept in settings.
    QString toString() const { return anchor.isEmpty() ? pageId : pageId + u'#' + anchor; }
    static Location fromString(const QString &text)
    {
        const qsizetype hash = text.indexOf(u'#');
        return hash < 0 ? Location{text, {}} : Location{text.left(hash), text.mid(hash + 1)};
    }

    friend bool operator==(const Location &a, const Location &b) { return a.pageId == b.pageId && a.anchor == b.anchor; }
    friend bool operator!=(const Location &a, const Location &b) { return !(a == b); }
};
