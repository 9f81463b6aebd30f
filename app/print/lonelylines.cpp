// SPDX-License-Identifier: MIT
#include "lonelylines.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

namespace {
struct Span
{
    int firstPage = 0;
    int lastPage = 0;
    int linesOnFirst = 0;
    int linesOnLast = 0;
};

Span spanOf(const QTextBlock &block, const QAbstractTextDocumentLayout *layout, qreal pageHeight)
{
    Span span;
    const QTextLayout *lines = block.layout();
    const qreal top = layout->blockBoundingRect(block).top();
    for (int i = 0; i < lines->lineCount(); ++i) {
        const int page = int((top + lines->lineAt(i).y() + 0.5) / pageHeight);
        if (i == 0)
            span.firstPage = span.lastPage = page;
        if (page == span.firstPage)
            ++span.linesOnFirst;
        if (page != span.lastPage) {
            span.lastPage = page;
            span.linesOnLast = 0;
        }
        ++span.linesOnLast;
    }
    return span;
}
} // namespace

int LonelyLines::avoid(QTextDocument *document)
{
    const qreal pageHeight = document->pageSize().height();
    if (pageHeight <= 0)
        return 0;
    const QAbstractTextDocumentLayout *layout = document->documentLayout();
    // One pass, front to back. The layout is done lazily up to the block asked about, so a
    // block moved to the next page is laid out again only up to the block looked at next: the
    // blocks after a move are judged where they now stand, and the whole document is laid out
    // about once (four whole passes took a 550-page book from 3.6 to 9.6 s).
    int set = 0;
    QTextBlock previous;
    Span previousSpan;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        layout->blockBoundingRect(block); // lays the document out up to here
        if (!block.layout() || block.layout()->lineCount() == 0 || QTextCursor(block).currentTable())
            continue;
        Span span = spanOf(block, layout, pageHeight);
        const int lines = block.layout()->lineCount();
        const bool afterHeading = previous.isValid() && previous.blockFormat().headingLevel() > 0;
        const bool split = span.lastPage > span.firstPage && lines <= MaxMovedLines && (span.linesOnFirst == 1 || span.linesOnLast == 1);
        // A heading last on its page goes over with what it heads; a paragraph that moves takes
        // its heading along.
        QTextBlock moved;
        if (afterHeading && span.firstPage > previousSpan.lastPage)
            moved = previous;
        else if (split)
            moved = afterHeading && previousSpan.lastPage == span.firstPage ? previous : block;
        QTextBlockFormat format = moved.blockFormat();
        // A block that already starts a page would change nothing by moving again.
        if (moved.isValid() && !(format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
            format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(moved).setBlockFormat(format);
            ++set;
            layout->blockBoundingRect(block);
            span = spanOf(block, layout, pageHeight);
        }
        previous = block;
        previousSpan = span;
    }
    return set;
}
