// SPDX-License-Identifier: MIT
#include "indexedpage.h"

void IndexedPage::setContent(const ParsedPage &content)
{
    headings = content.headings;
    qsizetype skip = 0;
    if (!headings.isEmpty() && headings.first().offset == 0 && headings.first().text == title
        && content.plainText.startsWith(title)) {
        skip = title.size();
        while (skip < content.plainText.size() && content.plainText.at(skip).isSpace())
            ++skip;
    }
    text = content.plainText.mid(skip);
    for (Heading &heading : headings)
        heading.offset = int(std::max<qsizetype>(0, heading.offset - skip));
}
