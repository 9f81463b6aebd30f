// SPDX-License-Identifier: MIT
#include "parsecontext.h"

#include "htmlescape.h"

#include <QRegularExpression>
#include <md4c.h>

QString attributeText(const MD_ATTRIBUTE &attribute)
{
    QString text;
    for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        const MD_OFFSET begin = attribute.substr_offsets[i];
        const MD_OFFSET end = attribute.substr_offsets[i + 1];
        const QString part = QString::fromUtf8(attribute.text + begin, end - begin);
        text += attribute.substr_types[i] == MD_TEXT_ENTITY ? HtmlEscape::decodeEntity(part) : part;
    }
    return text;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

void collectTags(ParseContext &c, const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("(?:^|(?<=\\s))#([\\p{L}_][\\p{L}\\p{N}_/-]*)"));
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!c.page.tags.contains(name, Qt::CaseInsensitive))
            c.page.tags.push_back(name);
    }
}

void openLink(ParseContext &c, const QString &written, const QString &title, const QString &raw)
{
    // md4c has no footnotes: "[^note]: [text](url)" becomes a reference whose destination is the
    // whole "[text](url)". The url inside is what the author meant to link.
    static const QRegularExpression footnote(QStringLiteral("^\\[[^\\]]*\\]\\(([^)\\s]+)\\)$"));
    const QRegularExpressionMatch match = footnote.match(written);
    const QString href = match.hasMatch() ? match.captured(1) : written;
    const qsizetype index = c.page.links.size();
    const QString address = c.addReference(&c.page.links, href, QString(), c.lineOf(raw));
    c.write(QStringLiteral("<a href=\"%1\"%2>")
                .arg(escaped(address), title.isEmpty() ? QString() : QStringLiteral(" title=\"%1\"").arg(escaped(title))));
    c.openLinks.push_back(index);
    c.linkTextStart = c.html().size();
    c.captures.push_back(QString());
    if (c.inItem() && (c.itemState == ItemState::Start || c.itemState == ItemState::SawIcon)) {
        c.item.link = int(index);
        c.item.shortTitle = title;
        c.itemState = ItemState::InLink;
    }
}

void closeLink(ParseContext &c)
{
    if (c.openLinks.isEmpty())
        return;
    Reference &link = c.page.links[c.openLinks.takeLast()];
    QString text = c.captures.takeLast().simplified();
    // An unnamed [[Note#Heading]] reads as "Note › Heading", as in notes apps.
    if (link.written.startsWith(u"wiki:") && text == link.written.mid(5) && text.contains(u'#') && c.imageDepth == 0) {
        text = text.section(u'#', 0, 0) + QStringLiteral(" \u203a ") + text.section(u'#', 1).remove(u'^');
        c.html().truncate(c.linkTextStart);
        c.write(escaped(text));
    }
    link.text = text;
    c.write(QStringLiteral("</a>"));
    if (c.inItem() && c.itemState == ItemState::InLink) {
        c.item.title = text;
        c.itemState = ItemState::AfterLink;
    }
}

void openImage(ParseContext &c, const QString &source, const QString &raw)
{
    if (c.imageDepth++ != 0)
        return;
    c.imageSource = source;
    c.imageLine = c.lineOf(raw);
    c.captures.push_back(QString());
    if (c.inItem() && c.itemState == ItemState::Start) {
        c.item.icon = int(c.page.images.size()); // the index closeImage() gives it
        c.itemState = ItemState::SawIcon;
    }
}

void closeImage(ParseContext &c)
{
    if (--c.imageDepth != 0)
        return;
    const QString alt = c.captures.takeLast().simplified();
    // A list item's leading icon is drawn the size of a line of text, so the item's wrapped
    // lines start under its first one rather than below a tall picture.
    const bool itemIcon = c.inItem() && c.itemState == ItemState::SawIcon && c.item.icon == c.page.images.size();
    const QString address = c.addReference(&c.page.images, c.imageSource, alt, c.imageLine);
    c.write(
        QStringLiteral("<img src=\"%1\" alt=\"%2\"%3/>")
            .arg(escaped(address), escaped(alt), itemIcon ? QStringLiteral(" width=\"24\" height=\"24\" align=\"middle\"") : QString()));
}

QString ParseContext::withReferences(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<(a|img)\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression anchor(QStringLiteral("\\b(?:id|name)\\s*=\\s*[\"']([^\"']+)[\"']"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression address(QStringLiteral("\\b(href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))"),
                                            QRegularExpression::CaseInsensitiveOption);
    QString result;
    qsizetype copied = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch element = it.next();
        const bool image = element.captured(1).compare(QLatin1String("img"), Qt::CaseInsensitive) == 0;
        const QString text = element.captured();
        if (const QRegularExpressionMatch name = anchor.match(text); !image && name.hasMatch())
            page.htmlAnchors.push_back(name.captured(1));
        const QRegularExpressionMatch value = address.match(text);
        const bool wanted
            = value.hasMatch() && value.captured(1).compare(image ? QLatin1String("src") : QLatin1String("href"), Qt::CaseInsensitive) == 0;
        if (!wanted)
            continue;
        const int group = value.capturedStart(2) >= 0 ? 2 : value.capturedStart(3) >= 0 ? 3 : 4;
        const QString written = HtmlEscape::decodeEntities(value.captured(group));
        if (written.isEmpty())
            continue;
        const QString alt
            = image ? HtmlEscape::decodeEntities(HtmlEscape::attribute(text, QStringLiteral("img"), QStringLiteral("alt"))) : QString();
        const QString shown = addReference(image ? &page.images : &page.links, written, alt, lineOf(written));
        result += QStringView(html).mid(copied, element.capturedStart() + value.capturedStart() - copied);
        result += QStringLiteral("%1=\"%2\"").arg(value.captured(1), escaped(shown));
        copied = element.capturedStart() + value.capturedEnd();
    }
    return result + QStringView(html).mid(copied);
}

QString ParseContext::shownHtml(const QString &chunk)
{
    QString kept;
    qsizetype from = 0;
    while (from < chunk.size()) {
        if (inHtmlComment) {
            const qsizetype end = chunk.indexOf(QLatin1String("-->"), from);
            if (end < 0)
                return kept;
            inHtmlComment = false;
            from = end + 3;
            continue;
        }
        const qsizetype start = chunk.indexOf(QLatin1String("<!--"), from);
        kept += QStringView(chunk).mid(from, start < 0 ? -1 : start - from);
        if (start < 0)
            break;
        inHtmlComment = true;
        from = start + 4;
    }
    static const QRegularExpression figure(QStringLiteral("<(/?)fig(ure|caption)\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    QString shown;
    qsizetype copied = 0;
    for (auto it = figure.globalMatch(kept); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        shown += QStringView(kept).mid(copied, match.capturedStart() - copied);
        const bool caption = match.captured(2).compare(QLatin1String("caption"), Qt::CaseInsensitive) == 0;
        shown += match.captured(1).isEmpty()
            ? QStringLiteral("<div class=\"%1\" align=\"center\">").arg(caption ? QStringLiteral("caption") : QStringLiteral("figure"))
            : QStringLiteral("</div>");
        copied = match.capturedEnd();
    }
    return shown + QStringView(kept).mid(copied);
}
