// SPDX-License-Identifier: MIT
#include "markdownparser.h"

#include "codehighlighter.h"

#include "hiddenlines.h"
#include "htmlescape.h"
#include "parsecontext.h"

#include <QRegularExpression>
#include <md4c.h>

#include <algorithm>

namespace {

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    auto &c = *static_cast<ParseContext *>(userdata);
    // A block never runs on from the text before it: "Type Conversions" and a nested list's
    // "Coercions" are two words in search snippets, not "ConversionsCoercions".
    if (type != MD_BLOCK_TD && type != MD_BLOCK_TH && !c.page.plainText.isEmpty() && !c.page.plainText.back().isSpace())
        c.page.plainText += u'\n';
    switch (type) {
    case MD_BLOCK_DOC: break;
    case MD_BLOCK_QUOTE:
        ++c.quoteDepth;
        if (c.enter(&c.blockNesting))
            c.write(QStringLiteral("<blockquote>"));
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        if (c.listDepth == 0 && c.quoteDepth == 0 && c.listsSeen++ == 0)
            c.inFirstList = true;
        ++c.listDepth;
        if (!c.enter(&c.blockNesting))
            break;
        if (type == MD_BLOCK_OL)
            c.write(QStringLiteral("<ol start=\"%1\">").arg(static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start));
        else
            c.write(QStringLiteral("<ul>"));
        break;
    case MD_BLOCK_LI: {
        const auto *li = static_cast<MD_BLOCK_LI_DETAIL *>(detail);
        if (c.enter(&c.blockNesting))
            c.write(QStringLiteral("<li>"));
        else if (!c.html().endsWith(QStringLiteral("<br/>")))
            c.write(QStringLiteral("<br/>")); // past the limit, items are lines of their own
        if (li->is_task)
            c.write(li->task_mark == ' ' ? QStringLiteral("\u2610 ") : QStringLiteral("\u2611 "));
        if (c.inItem()) {
            c.item = {};
            c.itemState = ItemState::Start;
        }
        break;
    }
    case MD_BLOCK_HR: c.write(QStringLiteral("<hr/>")); break;
    case MD_BLOCK_H:
        c.headingLevel = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level);
        c.output.push_back(QString());
        c.captures.push_back(QString());
        break;
    case MD_BLOCK_CODE: {
        const auto *code = static_cast<MD_BLOCK_CODE_DETAIL *>(detail);
        const QString lang = code->lang.size ? attributeText(code->lang) : QString();
        const QString info = code->info.size ? attributeText(code->info) : lang;
        c.inCode = true;
        c.code.clear();
        c.codeInfo = info;
        c.hideLines = c.options.hideRustLines && HiddenLines::isRustFence(info);
        c.write(lang.isEmpty() ? QStringLiteral("<pre><code>") : QStringLiteral("<pre><code class=\"language-%1\">").arg(escaped(lang)));
        break;
    }
    case MD_BLOCK_HTML:
        c.inHtmlBlock = true;
        c.rawHtmlBlock.clear();
        break;
    case MD_BLOCK_P:
        c.write(QStringLiteral("<p>"));
        c.captures.push_back(QString());
        break;
    case MD_BLOCK_TABLE: c.write(QStringLiteral("<table class=\"md\" cellspacing=\"0\" cellpadding=\"4\">")); break;
    case MD_BLOCK_THEAD: c.write(QStringLiteral("<thead>")); break;
    case MD_BLOCK_TBODY: c.write(QStringLiteral("<tbody>")); break;
    case MD_BLOCK_TR: c.write(QStringLiteral("<tr>")); break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD: {
        static const char *const aligns[] = {"", " align=\"left\"", " align=\"center\"", " align=\"right\""};
        const auto align = static_cast<MD_BLOCK_TD_DETAIL *>(detail)->align;
        c.write((type == MD_BLOCK_TH ? QStringLiteral("<th") : QStringLiteral("<td")) + QLatin1String(aligns[align]) + u'>');
        break;
    }
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    Q_UNUSED(detail);
    auto &c = *static_cast<ParseContext *>(userdata);
    switch (type) {
    case MD_BLOCK_DOC: break;
    case MD_BLOCK_QUOTE:
        --c.quoteDepth;
        if (c.leave(&c.blockNesting))
            c.write(QStringLiteral("</blockquote>"));
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        if (c.leave(&c.blockNesting))
            c.write(type == MD_BLOCK_OL ? QStringLiteral("</ol>") : QStringLiteral("</ul>"));
        if (--c.listDepth == 0)
            c.inFirstList = false;
        break;
    case MD_BLOCK_LI:
        if (c.inItem()) {
            if (c.itemState == ItemState::AfterLink || c.itemState == ItemState::InLink) {
                static const QRegularExpression separator(QStringLiteral("^[\\s:\u2013\u2014-]+"));
                c.item.summary = c.item.summary.remove(separator).simplified();
                c.page.linkList.push_back(c.item);
            }
            c.itemState = ItemState::Rejected;
        }
        if (c.leave(&c.blockNesting))
            c.write(QStringLiteral("</li>"));
        c.page.plainText += u'\n';
        break;
    case MD_BLOCK_HR: break;
    case MD_BLOCK_H: {
        const QString raw = c.captures.takeLast();
        QString text = raw.simplified();
        QString inner = c.output.takeLast();
        // "## Options {#options}": an explicit anchor, as mdBook's Markdown reader allows.
        static const QRegularExpression attributes(QStringLiteral("\\s*\\{#([\\w-]+)[^{}]*\\}\\s*$"));
        const QRegularExpressionMatch explicitId = attributes.match(text);
        if (explicitId.hasMatch()) {
            text.truncate(explicitId.capturedStart());
            inner.remove(attributes);
        }
        const QString anchor = explicitId.hasMatch() ? explicitId.captured(1) : c.anchors.anchorFor(text);
        // The raw capture was just appended to plainText, so it starts this far back.
        const int offset = int(c.page.plainText.size() - raw.size());
        c.page.headings.push_back({c.headingLevel, text, anchor, offset});
        if (c.page.title.isEmpty() && c.headingLevel == 1)
            c.page.title = text;
        c.write(QStringLiteral("<h%1><a name=\"%2\"></a>%3</h%1>").arg(c.headingLevel).arg(anchor, inner));
        c.page.plainText += u'\n';
        break;
    }
    case MD_BLOCK_CODE: {
        // Code is collected whole so that hidden lines can go before anything is written.
        c.inCode = false;
        const QString shown = c.hideLines ? HiddenLines::strip(c.code) : c.code;
        if (c.options.highlightCode)
            c.write(CodeHighlighter::toHtml(shown, c.codeInfo, &c.codeBudget));
        else
            c.write(escaped(shown));
        c.capture(shown);
        c.write(QStringLiteral("</code></pre>"));
        c.page.plainText += u'\n';
        break;
    }
    case MD_BLOCK_HTML: {
        c.inHtmlBlock = false;
        // Written whole: a tag may span lines of the block.
        c.write(c.withReferences(c.rawHtmlBlock));
        const QString text = HtmlEscape::stripTags(c.rawHtmlBlock);
        if (!text.isEmpty())
            c.page.plainText += text + u'\n';
        break;
    }
    case MD_BLOCK_P: {
        const QString text = c.captures.takeLast().simplified();
        if (c.page.firstParagraph.isEmpty() && c.listDepth == 0 && c.quoteDepth == 0)
            c.page.firstParagraph = text;
        c.write(QStringLiteral("</p>"));
        c.page.plainText += u'\n';
        break;
    }
    case MD_BLOCK_TABLE: c.write(QStringLiteral("</table>")); break;
    case MD_BLOCK_THEAD: c.write(QStringLiteral("</thead>")); break;
    case MD_BLOCK_TBODY: c.write(QStringLiteral("</tbody>")); break;
    case MD_BLOCK_TR:
        c.write(QStringLiteral("</tr>"));
        c.page.plainText += u'\n';
        break;
    case MD_BLOCK_TH:
        c.write(QStringLiteral("</th>"));
        c.page.plainText += u' ';
        break;
    case MD_BLOCK_TD:
        c.write(QStringLiteral("</td>"));
        c.page.plainText += u' ';
        break;
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *detail, void *userdata)
{
    auto &c = *static_cast<ParseContext *>(userdata);
    if (type != MD_SPAN_A && type != MD_SPAN_IMG && type != MD_SPAN_WIKILINK && !c.enter(&c.spanNesting))
        return 0;
    switch (type) {
    case MD_SPAN_EM: c.write(QStringLiteral("<em>")); break;
    case MD_SPAN_STRONG: c.write(QStringLiteral("<strong>")); break;
    case MD_SPAN_A: {
        const auto *a = static_cast<MD_SPAN_A_DETAIL *>(detail);
        openLink(c, attributeText(a->href), attributeText(a->title), QString::fromUtf8(a->href.text, a->href.size));
        break;
    }
    case MD_SPAN_IMG: {
        const auto *img = static_cast<MD_SPAN_IMG_DETAIL *>(detail);
        openImage(c, attributeText(img->src), QString::fromUtf8(img->src.text, img->src.size));
        break;
    }
    case MD_SPAN_WIKILINK: {
        // Embeds ("![[x.png]]") never get here: md4c misses them, so PageLoader rewrites them first.
        const auto *wiki = static_cast<MD_SPAN_WIKILINK_DETAIL *>(detail);
        openLink(c, QStringLiteral("wiki:") + attributeText(wiki->target), QString(),
                 QString::fromUtf8(wiki->target.text, wiki->target.size));
        break;
    }
    case MD_SPAN_CODE: c.write(QStringLiteral("<code>")); break;
    case MD_SPAN_DEL: c.write(QStringLiteral("<s>")); break;
    case MD_SPAN_U: c.write(QStringLiteral("<u>")); break;
    case MD_SPAN_LATEXMATH:
    case MD_SPAN_LATEXMATH_DISPLAY: c.write(QStringLiteral("<code>")); break;
    }
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *detail, void *userdata)
{
    Q_UNUSED(detail);
    auto &c = *static_cast<ParseContext *>(userdata);
    if (type != MD_SPAN_A && type != MD_SPAN_IMG && type != MD_SPAN_WIKILINK && !c.leave(&c.spanNesting))
        return 0;
    switch (type) {
    case MD_SPAN_EM: c.write(QStringLiteral("</em>")); break;
    case MD_SPAN_STRONG: c.write(QStringLiteral("</strong>")); break;
    case MD_SPAN_A:
    case MD_SPAN_WIKILINK: closeLink(c); break;
    case MD_SPAN_IMG: closeImage(c); break;
    case MD_SPAN_CODE: c.write(QStringLiteral("</code>")); break;
    case MD_SPAN_DEL: c.write(QStringLiteral("</s>")); break;
    case MD_SPAN_U: c.write(QStringLiteral("</u>")); break;
    case MD_SPAN_LATEXMATH:
    case MD_SPAN_LATEXMATH_DISPLAY: c.write(QStringLiteral("</code>")); break;
    }
    return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size, void *userdata)
{
    auto &c = *static_cast<ParseContext *>(userdata);
    if (c.findDeepLine && data >= c.source.constData() && data < c.source.constData() + c.source.size()) {
        c.page.deepNestingLine = int(std::count(c.source.constData(), data, '\n')) + 1;
        c.findDeepLine = false;
    }
    const QString chunk = QString::fromUtf8(data, qsizetype(size));
    switch (type) {
    case MD_TEXT_NULLCHAR:
        c.write(QString(QChar::ReplacementCharacter));
        c.capture(QString(QChar::ReplacementCharacter));
        break;
    case MD_TEXT_BR:
        c.write(QStringLiteral("<br/>"));
        c.capture(QStringLiteral("\n"));
        break;
    case MD_TEXT_SOFTBR:
        if (!c.inHtmlComment) {
            c.write(QStringLiteral("\n"));
            c.capture(QStringLiteral(" "));
        }
        break;
    case MD_TEXT_ENTITY:
        c.write(chunk);
        c.capture(HtmlEscape::decodeEntity(chunk));
        break;
    case MD_TEXT_HTML: {
        const QString shown = c.shownHtml(chunk);
        if (c.inHtmlBlock)
            c.rawHtmlBlock += shown;
        else
            c.write(c.withReferences(shown));
        break;
    }
    case MD_TEXT_CODE:
        if (c.inCode) {
            c.code += chunk;
            break;
        }
        c.write(escaped(chunk));
        c.capture(chunk);
        break;
    case MD_TEXT_NORMAL:
        if (c.options.collectTags)
            collectTags(c, chunk);
        Q_FALLTHROUGH();
    case MD_TEXT_LATEXMATH:
        c.write(escaped(chunk));
        c.capture(chunk);
        break;
    }
    return 0;
}

} // namespace

ParsedPage MarkdownParser::parse(const QByteArray &utf8, const Options &options)
{
    MD_PARSER parser = {};
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS | MD_FLAG_PERMISSIVEURLAUTOLINKS
        | MD_FLAG_PERMISSIVEWWWAUTOLINKS | (options.wikiLinks ? MD_FLAG_WIKILINKS : 0);
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = text;

    ParseContext context(utf8, options);
    const int result = md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &context);
    if (context.findDeepLine) // no text after it
        context.page.deepNestingLine = context.line;
    ParsedPage page = std::move(context.page);
    page.html = context.output.value(0);
    // Trimming the front moves every heading's text back by as much.
    const auto leading
        = std::find_if(page.plainText.cbegin(), page.plainText.cend(), [](QChar ch) { return !ch.isSpace(); }) - page.plainText.cbegin();
    page.plainText = page.plainText.trimmed();
    for (Heading &heading : page.headings)
        heading.offset = int(std::clamp<qsizetype>(heading.offset - leading, 0, page.plainText.size()));
    if (result != 0)
        page.error = QStringLiteral("the Markdown parser failed (code %1)").arg(result);
    return page;
}
