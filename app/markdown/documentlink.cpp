// SPDX-License-Identifier: MIT
#include "documentlink.h"

#include <QTextBlock>
#include <QTextDocument>

QVector<DocumentLink> DocumentLink::in(const QTextDocument *document, int from, int to)
{
    QVector<DocumentLink> links;
    for (QTextBlock block = document->findBlock(from); block.isValid() && block.position() < to; block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            const int start = fragment.position();
            if (start < from || start >= to)
                continue;
            if (format.isImageFormat()) {
                for (int i = 0; i < fragment.length(); ++i) // equal images may share a fragment
                    links.push_back({start + i, start + i + 1, format});
            } else if (format.isAnchor() && !format.anchorHref().isEmpty()) {
                if (!links.isEmpty() && links.last().end == start && links.last().format.anchorHref() == format.anchorHref())
                    links.last().end += fragment.length();
                else
                    links.push_back({start, start + fragment.length(), format});
            }
        }
    }
    return links;
}
