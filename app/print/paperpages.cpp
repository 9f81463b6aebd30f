// SPDX-License-Identifier: MIT
#include "paperpages.h"

#include "content/catalogue.h"
#include "markdown/documentlink.h"
#include "pack/linkresolver.h"
#include "paginatedprinter.h"

#include <QFileInfo>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace {
const QString FieldPrefix = QStringLiteral("ra-field-");

/// The characters of \a link as plain text: no anchor, and no link colour.
void unlink(QTextCursor *link)
{
    const int start = link->selectionStart();
    const int end = link->selectionEnd();
    QTextCursor character(link->document());
    for (int at = start; at < end; ++at) {
        character.setPosition(at);
        character.setPosition(at + 1, QTextCursor::KeepAnchor);
        QTextCharFormat format = character.charFormat();
        format.setAnchor(false);
        format.clearProperty(QTextFormat::AnchorHref);
        if (format.foreground().color() == PaperPages::LinkColour)
            format.clearForeground();
        character.setCharFormat(format);
    }
    link->setPosition(start);
    link->setPosition(end, QTextCursor::KeepAnchor);
}

/// The small grey text written after a link: its address or page.
QTextCharFormat noteFormat(const QTextCursor &link)
{
    QTextCharFormat format = link.charFormat();
    format.setAnchor(false);
    format.clearProperty(QTextFormat::AnchorHref);
    format.clearProperty(QTextFormat::AnchorName);
    format.setForeground(QColor(0x66, 0x66, 0x66));
    format.setFontPointSize(8);
    return format;
}

void fitTables(QTextFrame *frame, int from, int to)
{
    for (QTextFrame *child : frame->childFrames()) {
        QTextTable *table = qobject_cast<QTextTable *>(child);
        if (table && table->firstPosition() >= from && table->lastPosition() <= to
            && !table->format().hasProperty(QTextFormat::FrameWidth)) {
            // Tables take the page width so their cells wrap instead of running off the paper.
            QTextTableFormat format = table->format();
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            table->setFormat(format);
        }
        fitTables(child, from, to);
    }
}
} // namespace

PaperPages::PaperPages(const Catalogue &catalogue, const QHash<QString, int> &sectionOfPage)
    : m_catalogue(catalogue), m_sectionOfPage(sectionOfPage)
{ }

void PaperPages::prepare(QTextDocument *document, int from, int to, const QString &pageId) const
{
    fitTables(document->rootFrame(), from, to);
    const QVector<DocumentLink> links = DocumentLink::in(document, from, to);
    // From the end, so that what is written after a link leaves the earlier ones in place.
    for (auto link = links.crbegin(); link != links.crend(); ++link) {
        QTextCursor cursor(document);
        cursor.setPosition(link->start);
        cursor.setPosition(link->end, QTextCursor::KeepAnchor);
        if (link->isImage())
            prepareImage(&cursor, link->format.toImageFormat());
        else
            prepareLink(&cursor, LinkTarget::fromHref(link->href()), pageId);
    }
}

void PaperPages::prepareLink(QTextCursor *link, const LinkTarget &target, const QString &pageId) const
{
    const QString text = link->selectedText().trimmed();
    if (target.kind == LinkTarget::Kind::External) {
        // Only web and mail links stay clickable in the PDF, as on screen.
        if (!LinkResolver::mayOpenExternally(target.url))
            unlink(link);
        // Paper cannot be clicked: the address is written out, unless the text already is it.
        const QString address = target.url.scheme() == u"mailto" ? target.url.path() : target.url.toDisplayString();
        if (text != address && text != target.url.toString()) {
            const QTextCharFormat note = noteFormat(*link);
            link->clearSelection();
            link->insertText(QStringLiteral(" (%1)").arg(address), note);
        }
        return;
    }
    unlink(link);
    // Links between pages of the booklet become page references; the others plain text.
    if (target.kind != LinkTarget::Kind::Page || target.pageId == pageId || !m_sectionOfPage.contains(target.pageId))
        return;
    QTextCharFormat note = noteFormat(*link);
    const QString label = tr("p.\u00a0%1");
    const qsizetype number = std::max<qsizetype>(0, label.indexOf(QLatin1String("%1")));
    link->clearSelection();
    link->insertText(QStringLiteral(" (") + label.left(number), note);
    QTextCharFormat field = note;
    field.setProperty(PaginatedPrinter::PageNumberField, m_sectionOfPage.value(target.pageId));
    link->insertText(QStringLiteral("0"), field);
    link->insertText(label.mid(number + 2) + u')', note);
}

void PaperPages::prepareImage(QTextCursor *image, const QTextImageFormat &format) const
{
    const LinkTarget target = LinkTarget::fromHref(format.name());
    // Only images inside the pack are loaded, by their file.
    const QString path = target.kind == LinkTarget::Kind::File ? m_catalogue.filePath(target.path) : QString();
    if (!path.isEmpty() && QFileInfo(path).isFile()) {
        QTextImageFormat paper = format;
        paper.setName(path);
        paper.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        image->setCharFormat(paper);
        return;
    }
    QString alt = format.stringProperty(QTextFormat::ImageAltText);
    if (alt.isEmpty())
        alt = target.kind == LinkTarget::Kind::External ? target.url.toString() : target.path;
    QTextCharFormat missing;
    missing.setForeground(QColor(0x8a, 0x1c, 0x1c));
    missing.setFontItalic(true);
    image->insertText(QStringLiteral("[%1]").arg(tr("Image not available: %1").arg(alt)), missing);
}

QString PaperPages::linkStyle()
{
    return QStringLiteral("a[href] { color: %1; text-decoration: none; }").arg(LinkColour.name());
}

QString PaperPages::pageField(int section)
{
    return QStringLiteral("<a name=\"%1%2\">0</a>").arg(FieldPrefix).arg(section);
}

void PaperPages::markPageFields(QTextDocument *document)
{
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            const QStringList names = format.anchorNames();
            if (names.isEmpty() || !names.first().startsWith(FieldPrefix))
                continue;
            format.clearProperty(QTextFormat::IsAnchor);
            format.clearProperty(QTextFormat::AnchorName);
            format.setProperty(PaginatedPrinter::PageNumberField, names.first().mid(FieldPrefix.size()).toInt());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}
