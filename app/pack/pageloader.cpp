// SPDX-License-Identifier: MIT
#include "pageloader.h"

#include "bytesearch.h"
#include "frontmatter.h"
#include "includeexpander.h"
#include "markdown/markdownparser.h"
#include "pack/linkresolver.h"
#include "titledisambiguator.h"

#include <QRegularExpression>

namespace {
/// md4c takes the "!" of "![[x.png]]" for an image that never closes and so misses the
/// wikilink: embeds become the Markdown they mean, on the same line. An image embed is an
/// image; a note embed is a link to the note.
QByteArray rewriteEmbeds(const QByteArray &utf8)
{
    static const QRegularExpression embed(QStringLiteral("!\\[\\[([^\\[\\]\\n|]+)(?:\\|([^\\[\\]\\n]*))?\\]\\]"));
    const QString text = QString::fromUtf8(utf8);
    QString out;
    qsizetype done = 0;
    for (auto it = embed.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString target = match.captured(1).trimmed();
        const QString name = target.section(u'/', -1);
        out += QStringView(text).mid(done, match.capturedStart() - done);
        if (LinkResolver::isImageFile(target))
            out += QStringLiteral("![%1](<wiki:%2>)").arg(name, target);
        else
            out += QStringLiteral("[\u21aa %1](<wiki:%2>)").arg(match.captured(2).isEmpty() ? name : match.captured(2), target);
        done = match.capturedEnd();
    }
    return (out + QStringView(text).mid(done)).toUtf8();
}
} // namespace

LoadedPage PageLoader::load(const SourceFile &file) const
{
    LoadedPage loaded;
    Page &page = loaded.page;
    ParsedPage &content = loaded.content;
    page.id = file.id;
    page.path = file.path;
    QByteArray text = file.text;
    const FrontMatter frontMatter = FrontMatter::take(&text);
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

    if (m_layout.kind == PackKind::Vault && findBytes(text, "![[") >= 0)
        text = rewriteEmbeds(text);

    MarkdownParser::Options options;
    options.hideRustLines = book;
    options.wikiLinks = m_layout.kind == PackKind::Vault;
    options.collectTags = options.wikiLinks;
    options.highlightCode = bool(m_resolve);
    if (m_resolve)
        options.resolve = [&](const QString &written) { return m_resolve(file.path, written); };
    content = MarkdownParser::parse(text, options);

    // Lines of the expanded text map back to the page's own lines, so problems point at the source.
    const auto original
        = [&sourceLines](int line) { return sourceLines.isEmpty() ? line : sourceLines.value(line - 1, sourceLines.last()); };
    if (!sourceLines.isEmpty()) {
        for (Reference &link : content.links)
            link.line = original(link.line);
        for (Reference &image : content.images)
            image.line = original(image.line);
    }
    for (const QString &tag : std::as_const(content.tags)) {
        if (!page.tags.contains(tag, Qt::CaseInsensitive))
            page.tags.push_back(tag);
    }
    if (!frontMatter.title.isEmpty())
        content.title = frontMatter.title;
    else if (!includeTitle.isEmpty())
        content.title = includeTitle;
    if (!content.error.isEmpty())
        page.problems.push_back({file.path, 1, content.error});
    if (content.deepNestingLine > 0)
        page.problems.push_back(
            {file.path, original(content.deepNestingLine),
             QStringLiteral("nested more than %1 levels deep; the deeper levels are shown flat").arg(MarkdownParser::MaxNesting)});
    if (content.plainText.isEmpty() && content.images.isEmpty())
        page.problems.push_back({file.path, 1, QStringLiteral("empty page")});
    if (content.title.isEmpty())
        content.title = content.headings.isEmpty() ? TitleDisambiguator::readableName(file.path) : content.headings.first().text;
    page.ownTitle = content.title;
    page.title = content.title;
    page.featureName = TitleDisambiguator::featureName(content.plainText);
    return loaded;
}
