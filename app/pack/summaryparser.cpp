// SPDX-License-Identifier: MIT
#include "summaryparser.h"

#include "markdown/htmlescape.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUrl>
#include <md4c.h>

#include <algorithm>

namespace {

enum class Phase { Start, Prefix, Numbered, Suffix };
enum class ItemState { Start, Linked, Rejected };
// A top-level heading being read (title, part title, or ignored), and a top-level paragraph being
// read, where prefix and suffix chapters live (its text is what is not in a link).
struct HeadingState
{
    int level = 0;
    bool isTitle = false, afterSuffix = false;
    QString text;
    qsizetype at = -1;
};
struct AffixState
{
    bool open = false, quoted = false;
    int links = 0;
    QString text;
    qsizetype at = -1, strayAt = -1;
};

/// An open list item. Once its link is read it is a chapter that numbers the items nested in it.
struct OpenItem
{
    ItemState state = ItemState::Start;
    bool reported = false, extraNoted = false; // each problem once, however the item goes on
    int entry = -1, children = 0;
    QString text; // its own, for the problem message
    qsizetype at = -1;
};

// md4c gives no text for separators and empty items; these find their lines in the source.
constexpr auto perLine = QRegularExpression::MultilineOption;
const QRegularExpression thematicBreak(QStringLiteral("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*\r?$"), perLine);
const QRegularExpression listItem(QStringLiteral("^[ \\t]*(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]|\r?$)"), perLine);
const QRegularExpression setextUnderline(QStringLiteral("^ {0,3}(?:=+|-+)[ \\t]*\r?$"), perLine);
const QRegularExpression linkSyntax(QStringLiteral("^.*\\]\\("), perLine);

QString attributeText(const MD_ATTRIBUTE &attribute)
{
    QString text;
    for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        const MD_OFFSET begin = attribute.substr_offsets[i];
        const QString part = QString::fromUtf8(attribute.text + begin, attribute.substr_offsets[i + 1] - begin);
        text += attribute.substr_types[i] == MD_TEXT_ENTITY ? HtmlEscape::decodeEntity(part) : part;
    }
    return text;
}

/// What the md4c callbacks share while SUMMARY.md is read.
struct Context
{
    Context(const QByteArray &source, const QString &file) : source(source), latin1(QString::fromLatin1(source)), file(file) { }
    const QByteArray &source;
    const QString latin1; // ASCII patterns match at byte offsets
    const QString &file;
    Summary summary;
    Phase phase = Phase::Start;
    int listDepth = 0, quoteDepth = 0;
    int topCount = 0; // mdBook numbers top-level chapters on across lists, separators and parts
    QVector<OpenItem> items;
    QSet<QString> paths;
    qsizetype lastEnd = 0; // just past the last text seen
    HeadingState heading;
    AffixState affix;
    bool inLink = false; // reading a link that becomes a chapter
    SummaryEntry link;
    qsizetype linkAt = -1, hrefAt = -1; // the href places a link without text

    bool topLevel() const { return listDepth == 0 && quoteDepth == 0; }
    QString affixKind() const { return phase == Phase::Suffix ? QStringLiteral("suffix") : QStringLiteral("prefix"); }
    qsizetype lineStart(qsizetype at) const { return at > 0 ? source.lastIndexOf('\n', at - 1) + 1 : 0; }
    /// md4c reports no positions, but the text it reports points into the source.
    qsizetype offsetOf(const char *p) const
    {
        const quintptr at = quintptr(p) - quintptr(source.constData());
        return at <= quintptr(source.size()) ? qsizetype(at) : -1;
    }
    int lineAt(qsizetype at) const { return 1 + int(source.left(at < 0 ? lastEnd : at).count('\n')); }
    int indentOf(qsizetype at) const
    {
        const auto begin = source.cbegin() + lineStart(at);
        return int(std::find_if(begin, source.cend(), [](char ch) { return ch != ' ' && ch != '\t'; }) - begin);
    }
    /// The first line after the last text seen that matches, claimed so as not to be found twice.
    int claimLine(const QRegularExpression &re)
    {
        const qsizetype newline = lastEnd > 0 ? source.indexOf('\n', lastEnd - 1) : -1;
        const QRegularExpressionMatch match = re.match(latin1, newline + 1);
        if ((lastEnd > 0 && newline < 0) || !match.hasMatch())
            return lineAt(lastEnd);
        lastEnd = std::max(lastEnd, match.capturedEnd());
        return lineAt(match.capturedStart());
    }
    void problem(int line, const QString &message, Problem::Severity severity = Problem::Severity::Error)
    {
        summary.problems.push_back({file, line, message, severity});
    }
    void notALink(int at, const QString &text, const QString &what, const QString &how)
    {
        const QString shown = text.simplified();
        const bool broken = shown.contains(u'[') && shown.contains(u"](");
        problem(at,
                shown.isEmpty() ? QStringLiteral("empty %1; a %2").arg(what, how)
                    : broken
                    ? QStringLiteral("%1 '%2' looks like a link but is not one; check its brackets and parentheses").arg(what, shown)
                    : QStringLiteral("%1 '%2' has no link; a %3").arg(what, shown, how));
    }
    void rejectItem(OpenItem &item)
    {
        item.state = ItemState::Rejected;
        if (!std::exchange(item.reported, true))
            notALink(item.at >= 0 ? lineAt(item.at) : claimLine(listItem), item.text, QStringLiteral("list item"),
                     QStringLiteral("numbered chapter is written '- [Title](file.md)'"));
    }

    void addChapter()
    {
        link.title = link.title.trimmed();
        link.draft = link.path.isEmpty();
        const qsizetype at = linkAt >= 0 ? linkAt : (link.draft ? -1 : hrefAt);
        link.line = at >= 0 ? lineAt(at) : claimLine(linkSyntax);
        lastEnd = std::max(lastEnd, at);
        if (!link.draft && paths.contains(link.path))
            problem(link.line, QStringLiteral("'%1' is listed more than once; mdBook refuses that").arg(link.path));
        paths.insert(link.path);
        if (affix.open) {
            ++affix.links;
            // A link on a continuation line indented deeper than the paragraph is meant to be nested.
            if (affix.quoted || (at >= 0 && lineAt(affix.at) != lineAt(at) && indentOf(at) > indentOf(affix.at)))
                problem(link.line,
                        QStringLiteral("%1 chapter '%2' is nested; %1 chapters must all be at the top level").arg(affixKind(), link.title));
        } else {
            int owner = int(items.size()) - 2;
            while (owner >= 0 && items.at(owner).state != ItemState::Linked)
                --owner;
            const SummaryEntry *parent = owner < 0 ? nullptr : &summary.entries.at(items.at(owner).entry);
            const int n = parent ? ++items[owner].children : ++topCount;
            link.number = parent ? parent->number + u'.' + QString::number(n) : QString::number(n);
            link.depth = parent ? parent->depth + 1 : 0;
            items.last().state = ItemState::Linked;
            items.last().entry = int(summary.entries.size());
        }
        summary.entries.push_back(link);
    }

    void finishAffix()
    {
        affix.open = false;
        const QString text = affix.text.simplified();
        if (affix.links == 0)
            notALink(lineAt(affix.at), text, QStringLiteral("paragraph"),
                     affixKind() + QStringLiteral(" chapter is written '[Title](file.md)'"));
        else if (!text.isEmpty())
            problem(lineAt(affix.strayAt), QStringLiteral("text outside the %1 chapter links is ignored: '%2'").arg(affixKind(), text),
                    Problem::Severity::Note);
    }

    void leaveHeading()
    {
        // A setext underline ("---") is no separator.
        const bool atx = heading.at >= 0 && source.mid(lineStart(heading.at), heading.at - lineStart(heading.at)).contains('#');
        const qsizetype next = source.indexOf('\n', std::max<qsizetype>(lastEnd - 1, 0)) + 1;
        const auto underline
            = setextUnderline.match(latin1, next, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!atx && next > 0 && underline.hasMatch())
            lastEnd = underline.capturedEnd();
        const QString title = heading.text.trimmed();
        if (heading.afterSuffix)
            problem(lineAt(heading.at),
                    QStringLiteral("part title '%1' follows the suffix chapters; parts must come before them").arg(title));
        if (heading.isTitle)
            summary.title = title;
        else if (heading.level == 1)
            summary.entries.push_back({SummaryEntry::Kind::PartTitle, title, {}, {}, 0, false, lineAt(heading.at)});
        heading.level = 0;
    }

    void addText(const QString &text, qsizetype at)
    {
        const bool blank = text.trimmed().isEmpty();
        if (heading.level > 0) {
            heading.text += text;
            heading.at = heading.at < 0 ? at : heading.at;
        } else if (inLink) {
            link.title += text;
            linkAt = linkAt < 0 ? at : linkAt;
            affix.at = affix.open && affix.at < 0 ? at : affix.at;
        } else if (affix.open) {
            affix.text += text;
            affix.at = affix.at < 0 ? at : affix.at;
            affix.strayAt = affix.strayAt < 0 && !blank ? at : affix.strayAt;
        } else if (!items.isEmpty() && items.last().state == ItemState::Linked) {
            if (!blank && !std::exchange(items.last().extraNoted, true))
                problem(lineAt(at), QStringLiteral("text after the chapter link is ignored: '%1'").arg(text.trimmed()),
                        Problem::Severity::Note);
        } else if (!items.isEmpty()) {
            items.last().text += text;
            items.last().at = items.last().at < 0 ? at : items.last().at;
            if (!blank)
                items.last().state = ItemState::Rejected;
        }
    }

    void enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        if (topLevel() && phase == Phase::Start && type != MD_BLOCK_DOC && type != MD_BLOCK_HTML && type != MD_BLOCK_H)
            phase = Phase::Prefix;
        if (type == MD_BLOCK_QUOTE) {
            ++quoteDepth;
        } else if (type == MD_BLOCK_UL || type == MD_BLOCK_OL) {
            if (topLevel() && phase == Phase::Suffix)
                problem(claimLine(listItem), QStringLiteral("a list after the suffix chapters; numbered chapters must come before them"));
            phase = topLevel() ? Phase::Numbered : phase;
            if (!items.isEmpty() && items.last().state == ItemState::Start)
                rejectItem(items.last());
            ++listDepth;
        } else if (type == MD_BLOCK_LI) {
            items.push_back(OpenItem());
        } else if (type == MD_BLOCK_H && topLevel()) {
            const int level = int(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level); // all, to step past setext underlines
            heading = {level, level == 1 && phase == Phase::Start, level == 1 && phase == Phase::Suffix, {}, -1};
            if (heading.level == 1 || phase == Phase::Start)
                phase = heading.isTitle || heading.level > 1 ? Phase::Prefix : Phase::Numbered;
        } else if (type == MD_BLOCK_HR && topLevel()) {
            summary.entries.push_back({SummaryEntry::Kind::Separator, {}, {}, {}, 0, false, claimLine(thematicBreak)});
        } else if (type == MD_BLOCK_P && listDepth == 0) {
            phase = phase == Phase::Numbered ? Phase::Suffix : phase;
            affix = {true, quoteDepth > 0, 0, {}, -1, -1};
        }
    }

    void leaveBlock(MD_BLOCKTYPE type)
    {
        if (type == MD_BLOCK_QUOTE)
            --quoteDepth;
        else if (type == MD_BLOCK_UL || type == MD_BLOCK_OL)
            --listDepth;
        else if (type == MD_BLOCK_LI && items.last().state != ItemState::Linked)
            rejectItem(items.last());
        else if (type == MD_BLOCK_H && heading.level > 0)
            leaveHeading();
        else if (type == MD_BLOCK_P && affix.open)
            finishAffix();
        if (type == MD_BLOCK_LI)
            items.removeLast();
    }
    void enterSpan(MD_SPANTYPE type, void *detail)
    {
        const bool itemLink = !affix.open && !items.isEmpty() && items.last().state == ItemState::Start;
        if (type != MD_SPAN_A || inLink || heading.level > 0 || (!itemLink && !affix.open))
            return;
        const auto &a = *static_cast<MD_SPAN_A_DETAIL *>(detail);
        inLink = true;
        link = SummaryEntry();
        link.path = QUrl::fromPercentEncoding(attributeText(a.href).toUtf8());
        linkAt = -1;
        hrefAt = offsetOf(a.href.text);
        affix.at = affix.open && affix.at < 0 ? hrefAt : affix.at;
    }

    void addChunk(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size)
    {
        const qsizetype at = offsetOf(data);
        lastEnd = at >= 0 ? std::max(lastEnd, at + qsizetype(size)) : lastEnd;
        const QString chunk = QString::fromUtf8(data, qsizetype(size));
        if (type != MD_TEXT_HTML) // comments and tags are no part of a title
            addText(type == MD_TEXT_NULLCHAR                           ? QString(QChar::ReplacementCharacter)
                        : type == MD_TEXT_BR || type == MD_TEXT_SOFTBR ? QStringLiteral(" ")
                        : type == MD_TEXT_ENTITY                       ? HtmlEscape::decodeEntity(chunk)
                                                                       : chunk,
                    at);
    }
};

} // namespace

Summary SummaryParser::parse(const QByteArray &utf8, const QString &fileName)
{
    MD_PARSER parser = {};
    parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *c) { return static_cast<Context *>(c)->enterBlock(type, detail), 0; };
    parser.leave_block = [](MD_BLOCKTYPE type, void *, void *c) { return static_cast<Context *>(c)->leaveBlock(type), 0; };
    parser.enter_span = [](MD_SPANTYPE type, void *detail, void *c) { return static_cast<Context *>(c)->enterSpan(type, detail), 0; };
    parser.leave_span = [](MD_SPANTYPE type, void *, void *c) {
        auto *context = static_cast<Context *>(c);
        return type == MD_SPAN_A && std::exchange(context->inLink, false) ? (context->addChapter(), 0) : 0;
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size, void *c) {
        return static_cast<Context *>(c)->addChunk(type, data, size), 0;
    };
    Context c(utf8, fileName);
    const int result = md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &c);
    if (result != 0)
        c.problem(1, QStringLiteral("the Markdown parser failed (code %1); the summary may be incomplete").arg(result));
    QStringDecoder decoder(QStringDecoder::Utf8);
    if (const QString text = decoder.decode(utf8); decoder.hasError()) // the first U+FFFD is nearly always the bad byte
        c.problem(int(text.left(text.indexOf(QChar::ReplacementCharacter)).count(u'\n')) + 1,
                  QStringLiteral("the file is not valid UTF-8"));
    if (std::none_of(c.summary.entries.cbegin(), c.summary.entries.cend(),
                     [](const SummaryEntry &e) { return e.kind == SummaryEntry::Kind::Chapter; }))
        c.problem(1, QStringLiteral("the summary lists no chapters"));
    std::stable_sort(c.summary.problems.begin(), c.summary.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return std::move(c.summary);
}
