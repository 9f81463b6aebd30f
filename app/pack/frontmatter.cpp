// SPDX-License-Identifier: MIT
#include "frontmatter.h"

#include <yaml-cpp/yaml.h>

#include <QRegularExpression>

#include <algorithm>

namespace {

struct Line
{
    qsizetype begin = 0;
    qsizetype end = 0; ///< without the line break
    qsizetype next = 0; ///< start of the following line
};

Line lineAt(const QByteArray &text, qsizetype begin)
{
    const qsizetype newline = text.indexOf('\n', begin);
    Line line;
    line.begin = begin;
    line.next = newline < 0 ? text.size() : newline + 1;
    line.end = newline < 0 ? text.size() : newline;
    // Fences are compared without trailing blanks or a CRLF's '\r': editors leave both behind.
    while (line.end > line.begin && (text.at(line.end - 1) == '\r' || text.at(line.end - 1) == ' ' || text.at(line.end - 1) == '\t'))
        --line.end;
    return line;
}

bool lineIs(const QByteArray &text, const Line &line, const char *fence)
{
    return text.mid(line.begin, line.end - line.begin) == QByteArray(fence);
}

QString scalarText(const YAML::Node &node)
{
    // A missing key yields an invalid node whose type queries throw, so test it first.
    if (!node.IsDefined() || !node.IsScalar())
        return {};
    // Scalar() returns the source text, so "2024" or "true" come back as written.
    return QString::fromStdString(node.Scalar()).trimmed();
}

QStringList stringList(const YAML::Node &node)
{
    QStringList result;
    if (!node.IsDefined())
        return result;
    if (node.IsScalar()) {
        const QString text = scalarText(node);
        if (!text.isEmpty())
            result.append(text);
    } else if (node.IsSequence()) {
        for (const YAML::Node &item : node) {
            const QString text = scalarText(item);
            if (!text.isEmpty())
                result.append(text);
        }
    }
    return result;
}

QStringList tagList(const YAML::Node &node)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    QStringList tags;
    for (const QString &entry : stringList(node)) {
        // Obsidian accepts "tags: rust, memory" and "tags: #rust #memory" in a single string.
        for (QString tag : entry.split(separators, Qt::SkipEmptyParts)) {
            while (tag.startsWith(u'#'))
                tag.remove(0, 1);
            if (!tag.isEmpty() && !tags.contains(tag))
                tags.append(tag);
        }
    }
    return tags;
}

/// The first of the keys that is set: Obsidian still reads the singular forms of older vaults.
YAML::Node firstOf(const YAML::Node &map, const char *key, const char *legacyKey)
{
    YAML::Node node = map[key];
    if (node && !node.IsNull())
        return node;
    return map[legacyKey];
}

} // namespace

FrontMatter FrontMatter::take(QByteArray *utf8)
{
    FrontMatter matter;
    if (!utf8)
        return matter;
    const QByteArray &text = *utf8;
    const qsizetype start = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const Line opening = lineAt(text, start);
    if (!lineIs(text, opening, "---") || opening.next >= text.size())
        return matter;

    // Line 1 of the page is the opening fence, so the YAML's first line is page line 2.
    int closingLineNumber = 2;
    Line closing;
    bool closed = false;
    for (qsizetype at = opening.next; at < text.size(); ++closingLineNumber) {
        closing = lineAt(text, at);
        if (lineIs(text, closing, "---") || lineIs(text, closing, "...")) {
            closed = true;
            break;
        }
        at = closing.next;
    }
    // An unclosed fence is more likely a thematic break than a block whose end was forgotten.
    if (!closed)
        return matter;

    matter.present = true;
    const std::string yaml = text.mid(opening.next, closing.begin - opening.next).toStdString();
    try {
        const YAML::Node root = YAML::Load(yaml);
        if (root.IsMap()) {
            matter.title = scalarText(root["title"]);
            matter.aliases = stringList(firstOf(root, "aliases", "alias"));
            matter.tags = tagList(firstOf(root, "tags", "tag"));
            matter.kind = scalarText(root["kind"]);
        } else if (root.IsDefined() && !root.IsNull()) {
            matter.error = QStringLiteral("front matter is not a mapping");
            matter.errorLine = root.Mark().is_null() ? 2 : root.Mark().line + 2;
        }
    } catch (const YAML::Exception &e) {
        matter.error = QStringLiteral("malformed front matter: %1").arg(QString::fromStdString(e.msg));
        // yaml-cpp points at the end of its input when a list or map is left open, which is the
        // closing fence; the reader should land on the last YAML line instead.
        const int lastYamlLine = std::max(2, closingLineNumber - 1);
        matter.errorLine = e.mark.is_null() ? 1 : std::clamp(e.mark.line + 2, 2, lastYamlLine);
    }

    const QByteArray block = text.left(closing.next);
    utf8->replace(0, block.size(), QByteArray(block.count('\n'), '\n'));
    return matter;
}
