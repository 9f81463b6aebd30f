// SPDX-License-Identifier: MIT
#include "lonelylines.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QVector>

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
    document->pageCount(); // lays the whole document out: lines exist only after that
    QVector<QTextBlock> moved;
    QTextBlock previous;
    Span previousSpan;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!block.layout() || block.layout()->lineCount() == 0 || QTextCursor(block).currentTable())
            continue;
        const Span span = spanOf(block, layout, pageHeight);
        const int lines = block.layout()->lineCount();
        const bool afterHeading = previous.isValid() && previous.blockFormat().headingLevel() > 0;
        const bool split = span.lastPage > span.firstPage && lines <= MaxMovedLines && (span.linesOnFirst == 1 || span.linesOnLast == 1);
        // A heading last on its page goes over with what it heads; a paragraph that moves takes
        // its heading along.
        if (afterHeading && span.firstPage > previousSpan.lastPage)
            moved.push_back(previous);
        else if (split)
            moved.push_back(afterHeading && previousSpan.lastPage == span.firstPage ? previous : block);
        previous = block;
        previousSpan = span;
    }
    int set = 0;
    for (const QTextBlock &block : std::as_const(moved)) {
        QTextBlockFormat format = block.blockFormat();
        if (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue; // already starts a page: moving it again would change nothing
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
        ++set;
    }
    return set;
}
