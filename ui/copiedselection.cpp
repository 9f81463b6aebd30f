// SPDX-License-Identifier: MIT
#include "copiedselection.h"

#include "markdown/documentlink.h"

#include <QMimeData>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace CopiedSelection {

QMimeData *mimeData(const QTextDocumentFragment &selection, const std::function<QString(const LinkTarget &)> &linkToCopy)
{
    QTextDocument copied;
    QTextCursor(&copied).insertFragment(selection);
    // Formats change after the walk: changing one joins fragments and moves the walk.
    for (DocumentLink link : DocumentLink::in(&copied, 0, copied.characterCount())) {
        if (link.isImage())
            continue;
        const QString address = linkToCopy(LinkTarget::fromHref(link.href()));
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
