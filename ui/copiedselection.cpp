// SPDX-License-Identifier: MIT
#include "copiedselection.h"

#include <QMimeData>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace CopiedSelection {

QMimeData *mimeData(const QTextDocumentFragment &selection, const std::function<QString(const LinkTarget &)> &linkToCopy)
{
    QTextDocument copied;
    QTextCursor(&copied).insertFragment(selection);
    struct Link
    {
        int start;
        int end;
        QTextCharFormat format;
    };
    QVector<Link> links;
    for (QTextBlock block = copied.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor() && !fragment.charFormat().anchorHref().isEmpty())
                links.push_back({fragment.position(), fragment.position() + fragment.length(), fragment.charFormat()});
        }
    }
    // Formats change after the walk: changing one joins fragments and moves the walk.
    for (Link &link : links) {
        const QString address = linkToCopy(LinkTarget::fromHref(link.format.anchorHref()));
        link.format.setAnchorHref(address);
        link.format.setAnchor(!address.isEmpty());
        QTextCursor cursor(&copied);
        cursor.setPosition(link.start);
        cursor.setPosition(link.end, QTextCursor::KeepAnchor);
        cursor.setCharFormat(link.format);
    }
    // Qt's own mime data would make its HTML from the selection again, when asked.
    auto *data = new QMimeData;
    data->setText(selection.toPlainText());
    data->setHtml(copied.toHtml());
    return data;
}

} // namespace CopiedSelection
