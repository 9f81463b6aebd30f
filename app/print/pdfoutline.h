// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

/// The outline (bookmarks) of a PDF: what a reader's sidebar lists, in the order and nesting of
/// the document's contents page. QPdfWriter writes none; add() appends one to a finished file
/// as an incremental update, which every PDF reader understands, leaving what was written intact.
class PdfOutline
{
public:
    struct Entry
    {
        QString title;
        int level = 0; ///< 0 at the top; one more for each step in
        int page = 1; ///< 1-based
    };

    /// Appends @p entries to @p pdf (as QPdfWriter writes it); false, with @p pdf unchanged,
    /// when its structure is not what is expected or an entry's page does not exist.
    static bool add(QByteArray *pdf, const QVector<Entry> &entries);

private:
    static QByteArray textString(const QString &text);
};
