// SPDX-License-Identifier: MIT
#pragma once

#include "linktarget.h"

/// Resolves the links and image sources of a page, written relative to the page's file,
/// against the pack. Links that leave the pack are invalid.
class LinkResolver final
{
public:
    static LinkTarget resolve(const QString &fromPath, const QString &href);
    static QString pageIdForPath(const QString &relativePath);
    static bool isMarkdownFile(const QString &path);
};
