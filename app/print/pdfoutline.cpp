// SPDX-License-Identifier: MIT
#include "pdfoutline.h"

#include <QRegularExpression>

namespace {
QByteArray number(qint64 value)
{
    return QByteArray::number(value);
}

/// The dictionary text of object @p id, from its "obj" to its "endobj".
QByteArray objectText(const QByteArray &pdf, int id)
{
    const QByteArray head = "\n" + number(id) + " 0 obj";
    const qsizetype start = pdf.lastIndexOf(head);
    const qsizetype end = start < 0 ? -1 : pdf.indexOf("endobj", start);
    return end < 0 ? QByteArray() : pdf.mid(start + head.size(), end - start - head.size());
}

int referenceAfter(const QByteArray &text, const char *key)
{
    const QRegularExpression pattern(QString::fromLatin1(key) + QStringLiteral("\\s+(\\d+)\\s+0\\s+R"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(text));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}
} // namespace

QByteArray PdfOutline::textString(const QString &text)
{
    // UTF-16BE with a byte-order mark, in hex: any title, no escaping.
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + ">";
}

bool PdfOutline::add(QByteArray *pdf, const QVector<Entry> &entries)
{
    if (entries.isEmpty())
        return true;
    const qsizetype trailerAt = pdf->lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf->lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt)
        return false;
    const QByteArray trailer = pdf->mid(trailerAt, startxrefAt - trailerAt);
    const QRegularExpressionMatch size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(QString::fromLatin1(trailer));
    const QByteArray previousXref = pdf->mid(startxrefAt + 9, 24).trimmed().split('\n').value(0).trimmed();
    const int root = referenceAfter(trailer, "/Root");
    const int info = referenceAfter(trailer, "/Info");
    const QByteArray catalog = objectText(*pdf, root);
    const int pagesId = referenceAfter(catalog, "/Pages");
    const QByteArray pagesTree = objectText(*pdf, pagesId);
    const qsizetype kidsAt = pagesTree.indexOf("/Kids");
    if (!size.hasMatch() || previousXref.isEmpty() || root < 0 || catalog.isEmpty() || kidsAt < 0 || catalog.contains("/Outlines"))
        return false;
    QVector<int> pages;
    const QByteArray kids = pagesTree.mid(kidsAt, pagesTree.indexOf(']', kidsAt) - kidsAt);
    for (auto it = QRegularExpression(QStringLiteral("(\\d+)\\s+0\\s+R")).globalMatch(QString::fromLatin1(kids)); it.hasNext();)
        pages.push_back(it.next().captured(1).toInt());
    for (const Entry &entry : entries) {
        if (entry.page < 1 || entry.page > pages.size())
            return false;
    }

    // Objects: the outline root, then one per entry, numbered from the file's size on.
    const int first = size.captured(1).toInt();
    const int outlineRoot = first;
    const auto idOf = [first](int entry) { return first + 1 + entry; };
    const int count = int(entries.size());
    QVector<int> parent(count, -1), next(count, -1), previous(count, -1), firstChild(count, -1), lastChild(count, -1),
        descendants(count, 0);
    QVector<int> open; // the entries the next one may nest under, outermost first
    int lastTop = -1, firstTop = -1;
    for (int i = 0; i < count; ++i) {
        const int level = std::min(std::max(0, entries.at(i).level), int(open.size()));
        open.resize(level);
        const int up = open.isEmpty() ? -1 : open.last();
        parent[i] = up;
        const int sibling = up < 0 ? lastTop : lastChild[up];
        if (sibling >= 0) {
            next[sibling] = i;
            previous[i] = sibling;
        }
        if (up < 0) {
            lastTop = i;
            firstTop = firstTop < 0 ? i : firstTop;
        } else {
            lastChild[up] = i;
            firstChild[up] = firstChild[up] < 0 ? i : firstChild[up];
        }
        for (const int ancestor : std::as_const(open))
            ++descendants[ancestor];
        open.push_back(i);
    }

    QByteArray update = "\n";
    QVector<std::pair<int, qint64>> offsets;
    const auto object = [&](int id, const QByteArray &body) {
        offsets.push_back({id, pdf->size() + update.size()});
        update += number(id) + " 0 obj\n" + body + "\nendobj\n";
    };
    object(outlineRoot,
           "<< /Type /Outlines /First " + number(idOf(firstTop)) + " 0 R /Last " + number(idOf(lastTop)) + " 0 R /Count " + number(count)
               + " >>");
    for (int i = 0; i < count; ++i) {
        QByteArray body
            = "<< /Title " + textString(entries.at(i).title) + " /Parent " + number(parent[i] < 0 ? outlineRoot : idOf(parent[i])) + " 0 R";
        if (previous[i] >= 0)
            body += " /Prev " + number(idOf(previous[i])) + " 0 R";
        if (next[i] >= 0)
            body += " /Next " + number(idOf(next[i])) + " 0 R";
        if (firstChild[i] >= 0)
            body += " /First " + number(idOf(firstChild[i])) + " 0 R /Last " + number(idOf(lastChild[i])) + " 0 R /Count "
                + number(descendants[i]);
        body += " /Dest [" + number(pages.at(entries.at(i).page - 1)) + " 0 R /XYZ null null null] >>";
        object(idOf(i), body);
    }
    // The catalogue again, now naming the outline and opening the reader's sidebar on it.
    QByteArray newCatalog = catalog.trimmed();
    newCatalog.insert(newCatalog.lastIndexOf(">>"), "/Outlines " + number(outlineRoot) + " 0 R\n/PageMode /UseOutlines\n");
    object(root, newCatalog);

    const qint64 xrefAt = pdf->size() + update.size();
    update += "xref\n" + number(root) + " 1\n" + number(offsets.last().second).rightJustified(10, '0') + " 00000 n \n";
    update += number(first) + " " + number(count + 1) + "\n";
    for (int i = 0; i <= count; ++i)
        update += number(offsets.at(i).second).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<< /Size " + number(first + count + 1) + " /Root " + number(root) + " 0 R";
    if (info >= 0)
        update += " /Info " + number(info) + " 0 R";
    update += " /Prev " + previousXref + " >>\nstartxref\n" + number(xrefAt) + "\n%%EOF\n";
    pdf->append(update);
    return true;
}
