// SPDX-License-Identifier: MIT
#include "atlasdocumentbuilder.h"

#include "content/catalogue.h"
#include "markdown/codetheme.h"
#include "paperhtml.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace {
void collectTree(const TreeNode &node, int depth, QVector<std::pair<const TreeNode *, int>> *nodes)
{
    for (const auto &child : node.children) {
        nodes->push_back({child.get(), depth});
        collectTree(*child, depth + 1, nodes);
    }
}
} // namespace

AtlasDocumentBuilder::AtlasDocumentBuilder(const Catalogue &catalogue) : m_catalogue(catalogue) {}

AtlasDocument AtlasDocumentBuilder::build(const PrintSelection &selection) const
{
    AtlasDocument result;
    const QVector<Part> parts = partsFor(selection, &result.errorString);
    if (parts.isEmpty())
        return result;
    const bool booklet = selection.kind != PrintSelection::Kind::Page && selection.kind != PrintSelection::Kind::Selection;
    const bool separateCover = selection.kind == PrintSelection::Kind::Atlas;

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
    };

    QHash<QString, int> sectionOfPage;
    if (booklet) {
        for (qsizetype i = 0; i < parts.size(); ++i)
            sectionOfPage.insert(parts.at(i).page->id, int(i) + 1);
        cursor.insertHtml(coverHtml(selection, parts));
        startSection(tr("Contents"), contentsHtml(parts), separateCover, 0);
        result.undecoratedPages = separateCover ? 1 : 0;
    }
    const PaperHtml paper(m_catalogue, sectionOfPage);
    for (const Part &part : parts) {
        const QString &html = selection.kind == PrintSelection::Kind::Selection ? selection.html : m_catalogue.content(part.page->id).html;
        startSection(part.page->title, paper.rewrite(part.page->id, html), booklet, part.level);
    }
    PaperHtml::markPageFields(document.get());

    result.document = std::move(document);
    result.headerTitle = atlasName();
    result.title = separateCover ? atlasName() : parts.first().page->title;
    return result;
}

QVector<AtlasDocumentBuilder::Part> AtlasDocumentBuilder::partsFor(const PrintSelection &selection, QString *error) const
{
    using Kind = PrintSelection::Kind;
    QVector<Part> parts;
    QSet<QString> seen;
    const auto add = [&](const QString &id, int level) {
        if (const Page *page = m_catalogue.page(id); page && !seen.contains(id)) {
            seen.insert(id);
            parts.push_back({page, level});
        }
    };
    QVector<std::pair<const TreeNode *, int>> nodes;
    collectTree(m_catalogue.tree(), 0, &nodes);
    const Page *overview = categoryOverview();
    switch (selection.kind) {
    case Kind::Page:
    case Kind::Selection:
    case Kind::Audience:
        if (!m_catalogue.page(selection.pageId)) {
            *error = tr("There is no page \u201c%1\u201d in the atlas.").arg(selection.pageId);
            return {};
        }
        add(selection.pageId, 0);
        for (const QString &id : selection.kind == Kind::Audience ? m_catalogue.relatedCategories(selection.pageId) : QStringList())
            add(id, 1);
        break;
    case Kind::Audiences:
        // Audiences are the tree's pages with relations, under their overview.
        for (const auto &[node, depth] : nodes) {
            if (!node->anchor.isEmpty() || !m_catalogue.hasRelations(node->pageId))
                continue;
            if (parts.isEmpty() && node->parent)
                add(node->parent->pageId, 0);
            add(node->pageId, parts.isEmpty() ? 0 : 1);
        }
        break;
    case Kind::Atlas:
        // Home, the tree in reading order, the grid, then whatever no structure reaches.
        add(m_catalogue.homePageId(), 0);
        for (const auto &[node, depth] : nodes) {
            if (node->anchor.isEmpty())
                add(node->pageId, std::min(depth, 2));
        }
        for (const CategoryEntry &category : m_catalogue.categories())
            add(category.pageId, overview ? 1 : 0);
        for (const Page &page : m_catalogue.pages())
            add(page.id, 0);
        break;
    case Kind::Categories:
        if (overview)
            add(overview->id, 0);
        for (const CategoryEntry &category : m_catalogue.categories())
            add(category.pageId, overview ? 1 : 0);
        break;
    }
    if (parts.isEmpty())
        *error = tr("The atlas has no pages to print for this choice.");
    return parts;
}

const Page *AtlasDocumentBuilder::categoryOverview() const
{
    // The page whose first list is the grid, as TreeBuilder reads it.
    if (m_catalogue.categories().isEmpty())
        return nullptr;
    const QString first = m_catalogue.categories().first().pageId;
    for (const Page &page : m_catalogue.pages()) {
        const QVector<LinkListItem> list = m_catalogue.content(page.id).linkList;
        if (!list.isEmpty() && page.id != first && m_catalogue.resolve(page.id, list.first().target).pageId == first)
            return &page;
    }
    return nullptr;
}

QString AtlasDocumentBuilder::atlasName() const
{
    const Page *home = m_catalogue.page(m_catalogue.homePageId());
    return home ? home->title : tr("Rust Atlas");
}

QString AtlasDocumentBuilder::coverHtml(const PrintSelection &selection, const QVector<Part> &parts) const
{
    using Kind = PrintSelection::Kind;
    const int pages = int(parts.size());
    QString kicker = atlasName();
    QString title = parts.first().page->title;
    QString subtitle;
    QString blurb;
    switch (selection.kind) {
    case Kind::Atlas: {
        kicker.clear();
        title = atlasName();
        QStringList overviews;
        for (const auto &child : m_catalogue.tree().children)
            overviews.push_back(child->title.toHtmlEscaped());
        subtitle = overviews.join(QStringLiteral(" &middot; "));
        QString ignored;
        const int audiences = std::max(0, int(partsFor(PrintSelection::section(Kind::Audiences), &ignored).size()) - 1);
        const int categories = int(m_catalogue.categories().size());
        blurb = (audiences > 0 ? tr("%n audience(s)", nullptr, audiences) + QStringLiteral(" &middot; ") : QString())
                + tr("%n categories", nullptr, categories) + QStringLiteral(" &middot; ") + tr("%n page(s)", nullptr, pages);
        if (const Page *home = m_catalogue.page(m_catalogue.homePageId()))
            blurb = m_catalogue.content(home->id).firstParagraph.toHtmlEscaped() + QStringLiteral("</p><p class=\"facts\">") + blurb;
        // The figure makes the cover; it stays vector like everywhere else.
        if (QFileInfo(m_catalogue.figurePath()).isFile())
            blurb += QStringLiteral("</p><div class=\"figure\" align=\"center\"><img src=\"%1\" width=\"560\"/></div><p>")
                         .arg(m_catalogue.figurePath().toHtmlEscaped());
        break;
    }
    case Kind::Audience:
        subtitle = tr("and the %n categories that matter to this audience", nullptr, pages - 1);
        break;
    case Kind::Audiences: subtitle = tr("%n audience(s)", nullptr, pages - 1); break;
    case Kind::Categories: subtitle = tr("%n categories", nullptr, pages - 1); break;
    case Kind::Page:
    case Kind::Selection: break;
    }
    // A booklet's cover sits lower on its own sheet; a short one shares the sheet with its contents.
    // Qt drops the top margin of a sheet's first block, so the kicker's bottom margin does it.
    return QStringLiteral("<p class=\"kicker\" style=\"margin-bottom:%1px\">%2</p><p class=\"cover-title\">%3</p>"
                          "<p class=\"subtitle\">%4</p><p class=\"blurb\">%5</p>")
        .arg(QString::number(selection.kind == Kind::Atlas ? 100 : 4),
             kicker.isEmpty() ? QStringLiteral("&nbsp;") : kicker.toHtmlEscaped(), title.toHtmlEscaped(), subtitle, blurb);
}

QString AtlasDocumentBuilder::contentsHtml(const QVector<Part> &parts) const
{
    // Entries are not links: Qt 6.4's PDF engine writes every href as a /URI action, "#anchor"
    // included, and has no named destinations (QPdfWriter has no API for them either), so an
    // internal link would lead nowhere. Later qtbase maps "#name" hrefs to /Dest entries and
    // anchor names to /Dests; with that Qt, wrapping the titles in <a href="#..."> suffices.
    QString html = QStringLiteral("<h1>%1</h1><table class=\"toc\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">")
                       .arg(tr("Contents"));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const int level = parts.at(i).level;
        // Indents, unlike left margins, are scaled to the printer's resolution by Qt's layout.
        html += QStringLiteral("<tr><td><p class=\"toc%1\" style=\"-qt-block-indent:%2\">%3</p></td>"
                               "<td width=\"12%\" align=\"right\"><p class=\"toc%1\">%4</p></td></tr>")
                    .arg(QString::number(std::min(level, 1)), QString::number(level),
                         parts.at(i).page->title.toHtmlEscaped(), PaperHtml::pageField(int(i) + 1));
    }
    return html + QStringLiteral("</table>");
}

QString AtlasDocumentBuilder::paperStyleSheet()
{
    // Lengths in px: Qt scales vertical ones to the printer, not left margins (hence the indents).
    return QStringLiteral(
        "body { color: #1a1a1a; } a[href] { color: #0b4f94; text-decoration: none; }"
        "h1, h2, h3, h4, .kicker, .cover-title, .subtitle, .toc0 { font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; }"
        "h1 { color: #8a3210; font-size: 19pt; font-weight: 600; margin-top: 0px; margin-bottom: 10px; }"
        "h2 { font-size: 13pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }"
        "h3 { font-size: 11pt; font-weight: 600; margin-top: 10px; margin-bottom: 2px; }"
        "p { margin-top: 0px; margin-bottom: 6px; line-height: 125%; } li { margin-bottom: 2px; line-height: 125%; }"
        ".url, .pageref { color: #666666; font-size: 8pt; } .missing { color: #8a1c1c; font-style: italic; }"
        "pre, code { font-family: 'DejaVu Sans Mono', monospace; background-color: #f2f2f2; font-size: 8.5pt; }"
        "pre { font-size: 8pt; white-space: pre-wrap; margin-top: 4px; margin-bottom: 8px; }"
        "table.md { border-collapse: collapse; border: 1px solid #9a9a9a; margin-top: 4px; margin-bottom: 8px; }"
        "th { background-color: #e8e8e8; font-weight: 600; border: 1px solid #9a9a9a; } td { border: 1px solid #9a9a9a; }"
        "table.toc td { border: none; } blockquote { color: #444444; -qt-block-indent: 1; font-style: italic; }"
        ".figure { margin-top: 6px; margin-bottom: 6px; } .caption { color: #555555; font-size: 8.5pt; }"
        ".kicker { color: #8a3210; font-size: 11pt; font-weight: 600; letter-spacing: 2px; }"
        ".cover-title { color: #1a1a1a; font-size: 32pt; font-weight: 700; margin-bottom: 6px; }"
        ".subtitle { color: #444444; font-size: 14pt; margin-bottom: 28px; } .blurb { color: #333333; font-size: 11pt; }"
        ".facts { color: #666666; font-size: 10pt; margin-bottom: 22px; } .toc0 { font-weight: 600; margin-top: 8px; margin-bottom: 0px; }"
        ".toc1 { margin-top: 0px; margin-bottom: 0px; }")
        + CodeTheme::styleSheet(false); // paper is light, whatever the screen
}
