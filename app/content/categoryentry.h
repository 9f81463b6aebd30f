// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// A tile of the category grid.
struct CategoryEntry
{
    QString pageId;
    QString title;
    QString summary;
    QString iconPath; ///< A file or resource path, empty when the category has no icon.
    QString shortTitle; ///< For tight spaces (the figure's tiles); empty when the title is short.
};
