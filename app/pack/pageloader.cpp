// SPDX-License-Identifier: MIT
#include "pageloader.h"

#include "bytesearch.h"
#include "frontmatter.h"
#include "includeexpander.h"
#include "markdown/markdownparser.h"

Page PageLoader::load(const SourceFile &file) const
{
    Page page{file.id, file.path, {}, {}, {}, false, {}, {}};
    QByteArray text = file.text;
    const FrontMatter frontMatter = FrontMatter::take(&text);
    page.hasFrontMatter = frontMatter.present;
    page.aliases = frontMatter.aliases;
    page.tags = frontMatter.tags;
    if (!frontMatter.error.isEmpty())
        page.problems.push_back({file.path, std::max(1, frontMatter.errorLine), frontMatter.error});

    const bool book = m_layout.kind == PackKind::Book;
    QVector<int> sourceLines;
    QString includeTitle;
    if (book && findBytes(text, "{{") >= 0) {
        ExpandedPage expanded = IncludeExpander(m_layout.bookRoot, m_layout.pagesRoot).expand(text, file.path);
        text = std::move(expanded.text);
        sourceLines = std::move(expanded.sourceLines);
        includeTitle = expanded.title;
        page.includedFiles = expanded.includedFiles;
        page.problems += expanded.problems;
    }

    MarkdownParser::Options options;
    options.hideRustLines = book;
    options.wikiLinks = m_layout.kind == PackKind::Vault;
    options.collectTags = options.wikiLinks;
    page.content = MarkdownParser::parse(text, options);

    // Lines of the expanded text map back to the page's own lines, so problems point at the source.
    if (!sourceLines.isEmpty()) {
        const auto original = [&sourceLines](int line) { return sourceLines.value(line - 1, sourceLines.isEmpty() ? line : sourceLines.last()); };
        for (Reference &link : page.content.links)
            link.line = original(link.line);
        for (Reference &image : page.content.images)
            image.line = original(image.line);
    }
    for (const QString &tag : std::as_const(page.content.tags)) {
        if (!page.tags.contains(tag, Qt::CaseInsensitive))
            page.tags.push_back(tag);
    }
    if (!frontMatter.title.isEmpty())
        page.content.title = frontMatter.title;
    else if (!includeTitle.isEmpty())
        page.content.title = includeTitle;
    if (!page.content.error.isEmpty())
        page.problems.push_back({file.path, 1, page.content.error});
    if (page.content.plainText.isEmpty() && page.content.images.isEmpty())
        page.problems.push_back({file.path, 1, QStringLiteral("empty page")});
    return page;
}
