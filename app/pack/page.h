// SPDX-License-Identifier: MIT
#pragma once

#include "problem.h"

#include <QStringList>
#include <QVector>

/// What a catalogue keeps of every Markdown file of a pack: names, not text. The page's body
/// (ParsedPage) is read again when it is shown (Catalogue::content()), so a pack of 100,000
/// pages costs a few hundred bytes a page. The id is its path without extension, lower case
/// ("categories/audio" for categories/Audio.md).
struct Page
{
    QString id;
    QString path;
    QString title; ///< As shown: after a book's summary and TitleDisambiguator.
    QString ownTitle; ///< What the page says: front matter, else its first heading.
    QString featureName; ///< An RFC's "Feature Name:" line, which tells apart pages of one title.
    QStringList aliases; ///< Front matter: other names wikilinks may use.
    QStringList tags; ///< Front matter and inline #tags.
    QStringList includedFiles; ///< Files a book's {{#include}} pulled in (absolute paths).
    quint64 stamp = 0; ///< FileStamp of the file and its includes: unchanged means not read again.
    QVector<Problem> problems; ///< What reading the page and checking its links found.
};
