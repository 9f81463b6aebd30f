// SPDX-License-Identifier: MIT
#include "codehighlighter.h"

#include "codetheme.h"

#include <srchilite/formatter.h>
#include <srchilite/formattermanager.h>
#include <srchilite/langdefmanager.h>
#include <srchilite/langmap.h>
#include <srchilite/regexrulefactory.h>
#include <srchilite/settings.h>
#include <srchilite/sourcehighlighter.h>

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <exception>
#include <mutex>
#include <string>

namespace {

std::mutex libraryLock; // source-highlight's language cache and maps are not thread-safe

/// Names a fence may give that are Rust to mdBook (rustdoc's attributes, alone or after "rust,").
bool isRustAttribute(const QString &name)
{
    static const QStringList attributes{QStringLiteral("ignore"),         QStringLiteral("should_panic"), QStringLiteral("no_run"),
                                        QStringLiteral("compile_fail"),   QStringLiteral("editable"),     QStringLiteral("noplayground"),
                                        QStringLiteral("mdbook-runnable")};
    return attributes.contains(name) || name.startsWith(QLatin1String("edition"));
}

/// The language a fence names, lower case, with the aliases source-highlight's map lacks.
QString languageName(const QString &info)
{
    const QString first = info.section(QRegularExpression(QStringLiteral("[\\s,{]")), 0, 0).toLower();
    if (first.isEmpty() || first.size() > 32)
        return {};
    for (const QChar c : first) {
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'_' && c != u'-' && c != u'+')
            return {}; // "rust<script>" names no language
    }
    if (first == u"rust" || isRustAttribute(first))
        return QStringLiteral("rs");
    static const QHash<QString, QString> aliases{
        {QStringLiteral("console"), QStringLiteral("sh")},
        {QStringLiteral("shell"), QStringLiteral("sh")},
        {QStringLiteral("bash"), QStringLiteral("sh")},
        {QStringLiteral("toml"), QStringLiteral("ini")},
        {QStringLiteral("c++"), QStringLiteral("cpp")},
        {QStringLiteral("text"), QString()},
        {QStringLiteral("txt"), QString()},
        {QStringLiteral("plain"), QString()},
    };
    return aliases.value(first, first);
}

/// Writes what it is given, escaped, in a span of one class (none for plain text).
class SpanFormatter final : public srchilite::Formatter
{
public:
    SpanFormatter(std::string *out, const char *cssClass) : m_out(out), m_class(cssClass) { }

    void format(const std::string &text, const srchilite::FormatterParams *) override
    {
        if (text.empty())
            return;
        if (m_class)
            *m_out += std::string("<span class=\"") + m_class + "\">";
        for (const char c : text) {
            switch (c) {
            case '<': *m_out += "&lt;"; break;
            case '>': *m_out += "&gt;"; break;
            case '&': *m_out += "&amp;"; break;
            case '"': *m_out += "&quot;"; break;
            default: *m_out += c;
            }
        }
        if (m_class)
            *m_out += "</span>";
    }

private:
    std::string *m_out;
    const char *m_class;
};

/// The library's parsed definitions, kept for the life of the program.
struct Library
{
    std::string dataDir = srchilite::Settings::retrieveDataDir();
    srchilite::RegexRuleFactory ruleFactory;
    srchilite::LangDefManager definitions{&ruleFactory};
    srchilite::LangMap languages{dataDir, "lang.map"};
};

Library &library()
{
    static Library instance;
    return instance;
}

} // namespace

QString CodeHighlighter::languageFile(const QString &info)
{
    const QString name = languageName(info);
    if (name.isEmpty())
        return {};
    const std::lock_guard<std::mutex> lock(libraryLock);
    try {
        return QString::fromStdString(library().languages.getMappedFileName(name.toStdString()));
    } catch (...) {
        return {};
    }
}

QString CodeHighlighter::toHtml(const QString &code, const QString &info, qsizetype *budget)
{
    const QString file = languageFile(info);
    if (file.isEmpty() || (budget && *budget <= 0))
        return code.toHtmlEscaped();
    const std::lock_guard<std::mutex> lock(libraryLock);
    try {
        std::string out;
        out.reserve(size_t(code.size()) * 2);
        srchilite::FormatterManager formatters(srchilite::FormatterPtr(new SpanFormatter(&out, nullptr)));
        for (const char *element : CodeTheme::elements())
            formatters.addFormatter(element, srchilite::FormatterPtr(new SpanFormatter(&out, CodeTheme::classFor(element))));
        srchilite::SourceHighlighter highlighter(library().definitions.getHighlightState(library().dataDir, file.toStdString()));
        highlighter.setFormatterManager(&formatters);
        highlighter.setOptimize(true); // one span for a run of one element, not one per token
        const QStringList lines = code.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                out += '\n';
            const QString &line = lines.at(i);
            if (line.size() > MaxLineLength || (budget && *budget <= 0)) {
                out += line.toHtmlEscaped().toStdString();
                continue;
            }
            highlighter.highlightParagraph(line.toStdString());
            if (budget)
                *budget -= line.size() + 1;
        }
        return QString::fromStdString(out);
    } catch (...) {
        // A broken definition file or a regular expression that gave up: the code, uncoloured.
        return code.toHtmlEscaped();
    }
}
