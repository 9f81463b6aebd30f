// SPDX-License-Identifier: MIT
#pragma once

#include "markdown/parsedpage.h"
#include "problem.h"

#include <QStringList>
#include <QVector>

/// One Markdown file of a pack. The id is its path without extension, lower case
/// ("categories/audio" for categories/Audio.md).
struct Page
{
    QString id;
    QString path;
    ParsedPage content;
    QStringList aliases;       ///< Front matter: other names wikilinks may use.
    QStringList tags;          ///< Front matter and inline #tags.
    bool hasFrontMatter = false;
    QStringList includedFiles; ///< Files a book's {{#include}} pulled in (absolute paths).
    QVector<Problem> problems; ///< What reading this page found; the catalogue collects them.
};
