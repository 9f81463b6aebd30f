// SPDX-License-Identifier: MIT
#include "atlasdocumentbuilder.h"

#include "content/catalogue.h"
#include "markdown/codetheme.h"
#include "paperpages.h"
#include "printparts.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

AtlasDocumentBuilder::AtlasDocumentBuilder(const Catalogue &catalogue) : m_catalogue(catalogue) { }

AtlasDocument AtlasDocumentBuilder::build(const PrintSelection &selection) const
{
    AtlasDocument result;
    const QVector<PrintPart> parts = PrintParts(m_catalogue).of(selection, &result.errorString);
    if (parts.isEmpty())
        return result;
    const bool booklet = selection.kind != PrintSelection::Kind::Page && selection.kind != PrintSelection::Kind::Selection;
    const bool separateCover = selection.kind == PrintSelection::Kind::Atlas;
    const bool atlas = m_catalogue.kind() == PackKind::Atlas;

    auto document = std::make_unique<QTextDocument>();
    document->setUndoRedoEnabled(false);
    // Filled with layout off; PaginatedPrinter lays it out once, for the printer.
    document->setLayoutEnabled(false);
    document->setDefaultStyleSheet(paperStyleSheet());
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Serif"), QStringLiteral("Noto Serif"), QStringLiteral("Liberation Serif")});
    font.setStyleHint(QFont::Serif);
    font.setPointSizeF(10);
    document->setDefaultFont(font);
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long URLs and code lines break
    document->setDefaultTextOption(option);

    QTextCursor cursor(document.get());
    // Returns where the section starts.
    const auto startSection = [&](const QString &title, const QString &html, bool pageBreak, int level) {
        if (!document->isEmpty())
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        const int position = cursor.position();
        cursor.insertHtml(html);
        // The inserted HTML brings its own first block format; the break goes on afterwards.
        if (pageBreak) {
            QTextCursor first(document->findBlock(position));
            QTextBlockFormat format = first.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            first.setBlockFormat(format);
        }
        result.sections.push_back({title, position, level});
        return position;
    };

    // Sections: the contents (0), then one per printed page; part titles have none.
    QHash<QString, int> sectionOfPage;
    for (const PrintPart &part : parts) {
        if (!part.isHeading())
            sectionOfPage.insert(part.page->id, int(sectionOfPage.size()) + 1);
    }
    if (booklet) {
        cursor.insertHtml(coverHtml(selection, parts));
        startSection(tr("Contents"), contentsHtml(parts, sectionOfPage), separateCover, 0);
        result.undecoratedPages = separateCover ? 1 : 0;
    }
    // The pages as the screen shows them, made paper in place.
    const PaperPages paper(m_catalogue, sectionOfPage);
    for (const PrintPart &part : parts) {
        if (part.isHeading())
            continue;
        // A chapter says its number above its title, as in the book.
        const QString number = part.number.isEmpty()
            ? QString()
            : QStringLiteral("<p class=\"chapter-number\">%1</p>").arg(tr("Chapter %1").arg(part.number).toHtmlEscaped());
        const int start = startSection(part.title, number + m_catalogue.content(part.page->id).html, booklet, part.level);
        if (selection.kind == PrintSelection::Kind::Selection)
            keepSelected(document.get(), selection);
        paper.prepare(document.get(), start, cursor.position(), part.page->id);
        for (const Problem &problem : part.page->problems)
            result.problems.push_back(problem.located(problem.file));
    }
    PaperPages::markPageFields(document.get());

    result.document = std::move(document);
    result.headerTitle = atlas ? atlasName() : m_catalogue.title();
    result.title = separateCover ? result.headerTitle : parts.first().title;
    return result;
}

void AtlasDocumentBuilder::keepSelected(QTextDocument *document, const PrintSelection &selection)
{
    // The paper's document holds the page as the page view's does, character for character.
    const int end = document->characterCount() - 1;
    QTextCursor cursor(document);
    cursor.setPosition(std::clamp(selection.to, 0, end));
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    cursor.setPosition(0);
    cursor.setPosition(std::clamp(selection.from, 0, std::clamp(selection.to, 0, end)), QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
}

QString AtlasDocumentBuilder::atlasName() const
{
    const Page *home = m_catalogue.page(m_catalogue.homePageId());
    return home ? home->title : tr("Rust Atlas");
}

QString AtlasDocumentBuilder::coverHtml(const PrintSelection &selection, const QVector<PrintPart> &parts) const
{
    using Kind = PrintSelection::Kind;
    const int pages = int(std::count_if(parts.cbegin(), parts.cend(), [](const PrintPart &part) { return !part.isHeading(); }));
    const bool atlas = m_catalogue.kind() == PackKind::Atlas;
    QString kicker = atlas ? atlasName() : m_catalogue.title();
    QString title = parts.first().title;
    QString subtitle;
    QString blurb;
    switch (selection.kind) {
    case Kind::Atlas:
        kicker.clear();
        if (atlas) {
            title = atlasName();
            atlasCover(pages, &subtitle, &blurb);
        } else {
            // A title page: the book's title and authors, and how much it holds.
            title = m_catalogue.title();
            subtitle = m_catalogue.layout().authors.join(QStringLiteral(", ")).toHtmlEscaped();
            blurb = m_catalogue.kind() == PackKind::Book ? tr("%n chapter(s)", nullptr, pages) : tr("%n page(s)", nullptr, pages);
        }
        break;
    case Kind::Branch:
        if (!parts.first().number.isEmpty())
            title = tr("Chapter %1").arg(parts.first().number) + QStringLiteral(": ") + title;
        subtitle = tr("%n page(s)", nullptr, pages);
        break;
    case Kind::Tagged:
        title = u'#' + selection.tag;
        subtitle = tr("%n page(s)", nullptr, pages);
        break;
    case Kind::Audience: subtitle = tr("and the %n categories that matter to this audience", nullptr, pages - 1); break;
    case Kind::Audiences: subtitle = tr("%n audience(s)", nullptr, pages - 1); break;
    case Kind::Categories: subtitle = tr("%n categories", nullptr, pages - 1); break;
    case Kind::Page:
    case Kind::Selection: break;
    }
    // A booklet's cover sits lower on its own sheet; a short one shares the sheet with its contents.
    // Qt drops the top margin of a sheet's first block, so the kicker's bottom margin does it.
    return QStringLiteral("<p class=\"kicker\" style=\"margin-bottom:%1px\">%2</p><p class=\"cover-title\">%3</p>"
                          "<p class=\"subtitle\">%4</p><p class=\"blurb\">%5</p>")
        .arg(QString::number(selection.kind == Kind::Atlas ? 100 : 4), kicker.isEmpty() ? QStringLiteral("&nbsp;") : kicker.toHtmlEscaped(),
             title.toHtmlEscaped(), subtitle, blurb);
}

void AtlasDocumentBuilder::atlasCover(int pages, QString *subtitle, QString *blurb) const
{
    QStringList overviews;
    for (const auto &child : m_catalogue.tree().children)
        overviews.push_back(child->title.toHtmlEscaped());
    *subtitle = overviews.join(QStringLiteral(" &middot; "));
    QString ignored;
    const int audiences
        = std::max(0, int(PrintParts(m_catalogue).of(PrintSelection::section(PrintSelection::Kind::Audiences), &ignored).size()) - 1);
    const int categories = int(m_catalogue.categories().size());
    *blurb = (audiences > 0 ? tr("%n audience(s)", nullptr, audiences) + QStringLiteral(" &middot; ") : QString())
        + tr("%n categories", nullptr, categories) + QStringLiteral(" &middot; ") + tr("%n page(s)", nullptr, pages);
    if (const Page *home = m_catalogue.page(m_catalogue.homePageId()))
        *blurb = m_catalogue.content(home->id).firstParagraph.toHtmlEscaped() + QStringLiteral("</p><p class=\"facts\">") + *blurb;
    // The figure makes the cover; it stays vector like everywhere else.
    if (QFileInfo(m_catalogue.figurePath()).isFile())
        *blurb += QStringLiteral("</p><div class=\"figure\" align=\"center\"><img src=\"%1\" width=\"560\"/></div><p>")
                      .arg(m_catalogue.figurePath().toHtmlEscaped());
}

QString AtlasDocumentBuilder::contentsHtml(const QVector<PrintPart> &parts, const QHash<QString, int> &sectionOfPage) const
{
    // Entries are not links: Qt 6.4's PDF engine writes every href as a /URI action, "#anchor"
    // included, and has no named destinations (QPdfWriter has no API for them either), so an
    // internal link would lead nowhere. Later qtbase maps "#name" hrefs to /Dest entries and
    // anchor names to /Dests; with that Qt, wrapping the titles in <a href="#..."> suffices.
    QString html
        = QStringLiteral("<h1>%1</h1><table class=\"toc\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">").arg(tr("Contents"));
    for (const PrintPart &part : parts) {
        const QString title = (part.number.isEmpty() ? QString() : part.number + QStringLiteral(". ")) + part.title;
        // Part titles of a book are headings of their own, without a page.
        const QString style = part.isHeading() ? QStringLiteral("toc-part") : QStringLiteral("toc%1").arg(std::min(part.level, 1));
        const QString page = part.isHeading() ? QString() : PaperPages::pageField(sectionOfPage.value(part.page->id));
        // Indents, unlike left margins, are scaled to the printer's resolution by Qt's layout.
        html += QStringLiteral("<tr><td><p class=\"%1\" style=\"-qt-block-indent:%2\">%3</p></td>"
                               "<td width=\"12%\" align=\"right\"><p class=\"%1\">%4</p></td></tr>")
                    .arg(style, QString::number(part.level), title.toHtmlEscaped(), page);
    }
    return html + QStringLiteral("</table>");
}

QString AtlasDocumentBuilder::paperStyleSheet()
{
    // Lengths in px: Qt scales vertical ones to the printer, not left margins (hence the indents).
    return QStringLiteral("body { color: #1a1a1a; }") + PaperPages::linkStyle()
        + QStringLiteral(
               "h1, h2, h3, h4, .kicker, .cover-title, .subtitle, .toc0 { font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; }"
               "h1 { color: #8a3210; font-size: 19pt; font-weight: 600; margin-top: 0px; margin-bottom: 10px; }"
               "h2 { font-size: 13pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }"
               "h3 { font-size: 11pt; font-weight: 600; margin-top: 10px; margin-bottom: 2px; }"
               "p { margin-top: 0px; margin-bottom: 6px; line-height: 125%; } li { margin-bottom: 2px; line-height: 125%; }"
               "pre, code { font-family: 'DejaVu Sans Mono', monospace; background-color: #f2f2f2; font-size: 8.5pt; }"
               "pre { font-size: 8pt; white-space: pre-wrap; margin-top: 4px; margin-bottom: 8px; }"
               "table.md { border-collapse: collapse; border: 1px solid #9a9a9a; margin-top: 4px; margin-bottom: 8px; }"
               "th { background-color: #e8e8e8; font-weight: 600; border: 1px solid #9a9a9a; } td { border: 1px solid #9a9a9a; }"
               "table.toc td { border: none; } blockquote { color: #444444; -qt-block-indent: 1; font-style: italic; }"
               ".figure { margin-top: 6px; margin-bottom: 6px; } .caption { color: #555555; font-size: 8.5pt; }"
               ".kicker { color: #8a3210; font-size: 11pt; font-weight: 600; letter-spacing: 2px; }"
               ".cover-title { color: #1a1a1a; font-size: 32pt; font-weight: 700; margin-bottom: 6px; }"
               ".subtitle { color: #444444; font-size: 14pt; margin-bottom: 28px; } .blurb { color: #333333; font-size: 11pt; }"
               ".facts { color: #666666; font-size: 10pt; margin-bottom: 22px; } .toc0 { font-weight: 600; margin-top: 8px; margin-bottom: "
               "0px; }"
               ".toc1 { margin-top: 0px; margin-bottom: 0px; }"
               ".toc-part { font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; color: #8a3210; font-weight: 600; margin-top: 10px; }"
               ".chapter-number { font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; color: #8a3210; font-size: 10pt; font-weight: 600; "
               "margin-bottom: 2px; }")
        + CodeTheme::styleSheet(false); // paper is light, whatever the screen
}
