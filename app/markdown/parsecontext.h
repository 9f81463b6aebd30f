// SPDX-License-Identifier: MIT
#pragma once

#include "anchorgenerator.h"
#include "codehighlighter.h"
#include "htmlescape.h"
#include "markdownparser.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QVector>

#include <algorithm>

struct MD_ATTRIBUTE;

enum class ItemState { Start, SawIcon, InLink, AfterLink, Rejected };

/// What the md4c callbacks share while one document is parsed.
struct ParseContext
{
    ParseContext(const QByteArray &source, const MarkdownParser::Options &options) : source(source), options(options)
    {
        output.push_back(QString());
    }

    const QByteArray &source;
    const MarkdownParser::Options &options;
    ParsedPage page;
    AnchorGenerator anchors;

    QVector<QString> output; // HTML buffers; headings and images render into their own
    QVector<QString> captures; // plain-text sinks: heading, link text, image alt, paragraph, item
    int imageDepth = 0;
    /// The open links, in ParsedPage::links; md4c 0.4.8 can leave a link it never entered
    /// (fuzz_markdown found it).
    QVector<qsizetype> openLinks;
    QString imageSource;
    int imageLine = 1;
    int headingLevel = 0;
    QString rawHtmlBlock;
    bool inHtmlBlock = false;
    bool inHtmlComment = false; ///< Inside a comment that began in an earlier chunk of raw HTML

    bool inCode = false;
    QString codeInfo; ///< The open code block's info string ("rust,ignore")
    qsizetype codeBudget = CodeHighlighter::PageBudget; ///< How much more code this page colours
    qsizetype linkTextStart = 0; ///< Where the open link's text starts in html().
    bool hideLines = false;
    QString code;

    int listDepth = 0;
    int quoteDepth = 0;
    /// Open blocks (quotes, lists, items) and spans (emphasis, links) that wrote their tags; past
    /// MarkdownParser::MaxNesting they write none, so that the rich text never nests that deep.
    int blockNesting = 0;
    int spanNesting = 0;
    bool findDeepLine = false; ///< Nesting just went too deep: the next text tells the line.
    int listsSeen = 0;
    bool inFirstList = false;
    ItemState itemState = ItemState::Rejected;
    LinkListItem item;

    qsizetype searchFrom = 0;
    qsizetype countedTo = 0;
    int line = 1;

    QString &html() { return output.last(); }

    /// Enters a nested block or span; false when it is too deep to show as nested.
    bool enter(int *nesting)
    {
        if (++*nesting <= MarkdownParser::MaxNesting)
            return true;
        findDeepLine = findDeepLine || page.deepNestingLine == 0;
        return false;
    }
    /// Leaves it; false when it wrote no tag on entering.
    bool leave(int *nesting) { return (*nesting)-- <= MarkdownParser::MaxNesting; }

    void write(const QString &text)
    {
        if (imageDepth == 0)
            html() += text;
    }

    void capture(const QString &text)
    {
        for (QString &sink : captures)
            sink += text;
        page.plainText += text;
        if (!inItem())
            return;
        if (itemState == ItemState::AfterLink)
            item.summary += text;
        else if (itemState == ItemState::Start && !text.trimmed().isEmpty())
            itemState = ItemState::Rejected;
    }

    bool inItem() const { return inFirstList && listDepth == 1; }

    /// md4c reports no positions, so references are found in the source in document order.
    int lineOf(const QString &target)
    {
        const QByteArray needle = target.toUtf8();
        qsizetype at = needle.isEmpty() ? -1 : source.indexOf(needle, searchFrom);
        if (at < 0)
            return line;
        if (at < countedTo) {
            countedTo = 0;
            line = 1;
        }
        line += int(std::count(source.cbegin() + countedTo, source.cbegin() + at, '\n'));
        countedTo = at;
        searchFrom = at + needle.size();
        return line;
    }

    /// @p chunk of raw HTML as it is written: without comments (which may span chunks; Qt's rich
    /// text would print a comment broken over lines and swallow the space after one), and with
    /// HTML5's <figure> and <figcaption> as the centred blocks Qt's rich text knows.
    QString shownHtml(const QString &chunk);

    /// Adds the reference \a written to \a references; returns the address the HTML carries for it.
    QString addReference(QVector<Reference> *references, const QString &written, const QString &text, int line)
    {
        Reference reference{written, text, line, {}};
        if (options.resolve)
            reference.target = options.resolve(written);
        references->push_back(reference);
        return options.resolve ? reference.target.href() : written;
    }

    /// Raw HTML with its links and images added as references, and their addresses as
    /// addReference() has them; its anchors go to ParsedPage::htmlAnchors.
    QString withReferences(const QString &html);
};

QString attributeText(const MD_ATTRIBUTE &attribute);
QString escaped(const QString &text);
/// Inline "#tag" words of a notes vault; "#" inside a word or before a digit-only word is no tag.
void collectTags(ParseContext &c, const QString &text);
void openLink(ParseContext &c, const QString &href, const QString &title, const QString &raw);
void closeLink(ParseContext &c);
void openImage(ParseContext &c, const QString &source, const QString &raw);
void closeImage(ParseContext &c);
