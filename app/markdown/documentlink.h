// SPDX-License-Identifier: MIT
#pragma once

#include <QTextCharFormat>
#include <QVector>

class QTextDocument;

/// A link or an image of a QTextDocument made from a page's HTML: where it is and what it
/// carries (a link's LinkTarget::href() in its anchor, an image's in its name).
struct DocumentLink
{
    int start = 0;
    int end = 0;
    QTextCharFormat format;

    bool isImage() const { return format.isImageFormat(); }
    QString href() const { return isImage() ? format.toImageFormat().name() : format.anchorHref(); }

    /// The links and images that start between \a from and \a to, in order: a link whose text
    /// changes format (emphasis inside) is one; each image is one. Change the document only
    /// after the walk: a change joins and splits its fragments.
    static QVector<DocumentLink> in(const QTextDocument *document, int from, int to);
};
