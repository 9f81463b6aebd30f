// SPDX-License-Identifier: MIT
#pragma once

#include "markdown/parsedpage.h"

/// One Markdown file of a pack. The id is its path without extension, lower case
/// ("categories/audio" for categories/Audio.md).
struct Page
{
    QString id;
    QString path;
    ParsedPage content;
};
