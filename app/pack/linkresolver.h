// SPDX-License-Identifier: MIT
#pragma once

#include "markdown/linktarget.h"

/// Resolves the links and image sources of a page, written relative to the page's file,
/// against the pack. Links that leave the pack are invalid.
class LinkResolver final
{
public:
    static LinkTarget resolve(const QString &fromPath, const QString &href);
    static QString pageIdForPath(const QString &relativePath);
    static bool isMarkdownFile(const QString &path);
    static bool isImageFile(const QString &path);
    /// Only web pages and mail addresses may be handed to the system; file:, javascript: and
    /// the rest are refused.
    static bool mayOpenExternally(const QUrl &url);
};
