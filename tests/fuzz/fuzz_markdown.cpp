// SPDX-License-Identifier: MIT
// A Markdown page of arbitrary bytes, read as a pack reads one: decoded (UTF-16, bad UTF-8,
// NUL bytes), its front matter taken, parsed by md4c with the options its first byte picks.
#include "markdown/markdownparser.h"
#include "pack/frontmatter.h"
#include "pack/pagetext.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 256 * 1024)
        return 0;
    const uint8_t flags = data[0];
    QVector<Problem> problems;
    QByteArray text
        = PageText::decode(QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1)), QStringLiteral("page.md"), &problems);
    if (PageText::firstInvalidUtf8(text) >= 0 || text.contains('\0'))
        abort(); // the decoder promised valid UTF-8 without NUL bytes
    const qsizetype lines = text.count('\n');
    const FrontMatter frontMatter = FrontMatter::take(&text);
    if (text.count('\n') != lines)
        abort(); // taking front matter keeps every line where it was
    if (frontMatter.hasError() && (frontMatter.errorLine < 1 || frontMatter.errorLine > lines + 1))
        abort();
    MarkdownParser::Options options;
    options.wikiLinks = flags & 1;
    options.hideRustLines = flags & 2;
    options.collectTags = flags & 4;
    options.highlightCode = flags & 8;
    const ParsedPage page = MarkdownParser::parse(text, options);
    for (const Heading &heading : page.headings) {
        if (heading.offset < 0 || heading.offset > page.plainText.size())
            abort();
    }
    for (const Reference &link : page.links) {
        if (link.line < 1 || link.line > lines + 1)
            abort();
    }
    return 0;
}
