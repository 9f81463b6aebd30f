// SPDX-License-Identifier: MIT
// No line alone at the foot or head of a page; no heading apart from what it heads.
#include "print/lonelylines.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace {
int pageOf(const QTextDocument &document, const QTextBlock &block, int line)
{
    const qreal top = document.documentLayout()->blockBoundingRect(block).top() + block.layout()->lineAt(line).y();
    return int((top + 0.5) / document.pageSize().height());
}

/// Short paragraphs split with one line alone on a page, and headings last on their page.
int lonely(const QTextDocument &document)
{
    int count = 0;
    QTextBlock previous;
    document.pageCount(); // lay it all out
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const int lines = block.layout()->lineCount();
        if (lines == 0)
            continue;
        const int first = pageOf(document, block, 0), last = pageOf(document, block, lines - 1);
        if (last > first && lines <= LonelyLines::MaxMovedLines
            && (pageOf(document, block, 1) != first || pageOf(document, block, lines - 2) != last)) {
            ++count;
        }
        if (previous.isValid() && previous.blockFormat().headingLevel() > 0
            && pageOf(document, previous, previous.layout()->lineCount() - 1) < first) {
            ++count;
        }
        previous = block;
    }
    return count;
}

QString paragraphs(int count, int words)
{
    QString html;
    for (int i = 0; i < count; ++i) {
        if (i % 5 == 3)
            html += QStringLiteral("<h2>Heading %1</h2>").arg(i);
        html += QStringLiteral("<p>");
        for (int w = 0; w < words + (i % 3) * 7; ++w)
            html += QStringLiteral("word%1 ").arg(w);
        html += QStringLiteral("</p>");
    }
    return html;
}
} // namespace

class TestLonelyLines : public QObject
{
    Q_OBJECT

private slots:
    void shortParagraphsAndHeadingsMoveWhole()
    {
        QTextDocument document;
        document.setHtml(paragraphs(60, 18));
        document.setPageSize(QSizeF(360, 230));
        const int before = lonely(document);
        QVERIFY2(before > 0, "the text should start with lonely lines, or the test proves nothing");
        int passes = 0;
        while (passes < 10 && LonelyLines::avoid(&document) > 0)
            ++passes;
        QVERIFY(passes >= 1 && passes < 10);
        QCOMPARE(lonely(document), 0);
    }

    void longParagraphsMaySplit()
    {
        QTextDocument document;
        document.setHtml(paragraphs(1, 400)); // far longer than a page
        document.setPageSize(QSizeF(360, 230));
        QVERIFY(document.pageCount() > 1);
        QCOMPARE(LonelyLines::avoid(&document), 0);
        QCOMPARE(document.begin().blockFormat().pageBreakPolicy(), QTextFormat::PageBreak_Auto);
    }

    void unpagedDocumentIsLeftAlone()
    {
        QTextDocument document;
        document.setHtml(paragraphs(5, 10));
        QCOMPARE(LonelyLines::avoid(&document), 0);
    }
};

QTEST_MAIN(TestLonelyLines)
#include "tst_lonelylines.moc"
