// SPDX-License-Identifier: MIT
#include "pack/includeexpander.h"
#include "pack/bytesearch.h"

#include "pack/pagetext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cctype>
#include <limits>
#include <numeric>

namespace {

// A pathological book (two self-includes per file) would otherwise grow 2^10-fold.
constexpr qsizetype maxOutputSize = 64 * 1024 * 1024;
constexpr qint64 unbounded = std::numeric_limits<qint64>::max();

// Same splitting as Rust's str::lines(), which mdBook uses: "\r\n" counts as one break and the last break
// is optional, so "a\n" is one line and "" none.
QByteArrayList splitLines(const QByteArray &s)
{
    QByteArrayList lines = s.split('\n');
    const bool finalBreak = lines.constLast().isEmpty();
    if (finalBreak)
        lines.removeLast();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines.at(i).endsWith('\r') && (finalBreak || i + 1 < lines.size())) // a bare '\r' at the end stays
            lines[i].chop(1);
    }
    return lines;
}

/// The anchor a line opens (or closes), empty when it has no such marker.
QString anchorIn(const QByteArray &line, bool closing)
{
    if (!line.contains("ANCHOR"))
        return {};
    static const QRegularExpression open(QStringLiteral(u"ANCHOR:\\s*([\\w_-]+)"), QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression close(QStringLiteral(u"ANCHOR_END:\\s*([\\w_-]+)"), QRegularExpression::UseUnicodePropertiesOption);
    return (closing ? close : open).match(QString::fromUtf8(line)).captured(1);
}

/// Rust's usize parsing, which decides in mdBook whether "x.rs:abc" is an anchor: optional '+', digits.
bool parseCount(const QByteArray &s, qint64 *value)
{
    bool ok = false;
    *value = qint64(qMin<qulonglong>(s.toULongLong(&ok), std::numeric_limits<qint64>::max() / 2));
    return ok && !s.isEmpty() && (std::isdigit(static_cast<unsigned char>(s.at(0))) || s.at(0) == '+');
}

/// Which lines a directive takes: [from, to) zero-based, or those between the anchor's markers.
struct Selection
{
    qint64 from = 0;
    qint64 to = unbounded;
    QString anchor;
};

/// spec is what follows the first ':' of the path: "N", "N:M", "N:", ":M", "anchor".
Selection parseSelection(const QByteArray &spec)
{
    Selection sel;
    const QByteArrayList parts = spec.split(':'); // anything after a second ':' is ignored
    qint64 start = 0;
    qint64 end = 0;
    const bool hasStart = parseCount(parts.first(), &start);
    const bool hasEnd = parts.size() > 1 && parseCount(parts.at(1), &end);
    if (!hasStart && !parts.first().isEmpty())
        sel.anchor = QString::fromUtf8(parts.first());
    else if (hasStart)
        sel.from = qMax<qint64>(start - 1, 0);
    if (sel.anchor.isEmpty() && (hasStart || hasEnd)) // "N" alone is that one line, "N:" runs to the end
        sel.to = hasEnd ? end : (parts.size() > 1 ? unbounded : sel.from + 1);
    return sel;
}

/// rustdoc mode keeps every line but hides those outside the selection behind "# ". Lines carrying an
/// anchor marker are dropped inside the selection (and, in rustdoc mode, everywhere).
QByteArray takeLines(const QByteArray &data, const Selection &sel, bool rustdoc, bool *anchorFound)
{
    const QByteArrayList lines = splitLines(data);
    QByteArrayList kept;
    // The guide shows a blank hidden line as a bare "#"; a trailing blank would only upset editors.
    const auto hide = [&](const QByteArray &line) { kept.append(line.isEmpty() ? QByteArrayLiteral("#") : QByteArray("# " + line)); };
    *anchorFound = sel.anchor.isEmpty();
    bool inside = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (sel.anchor.isEmpty()) {
            if (i >= sel.from && i < sel.to)
                kept.append(line);
            else if (rustdoc)
                hide(line);
        } else if (inside) {
            if (const QString end = anchorIn(line, true); !end.isEmpty()) {
                inside = end != sel.anchor;
                if (!inside && !rustdoc)
                    break;
            } else if (anchorIn(line, false).isEmpty()) {
                kept.append(line);
            }
        } else if (const QString start = anchorIn(line, false); !start.isEmpty()) {
            inside = start == sel.anchor;
            *anchorFound = *anchorFound || inside;
        } else if (rustdoc && anchorIn(line, true).isEmpty()) {
            hide(line);
        }
    }
    return kept.join('\n');
}

QString parentOf(const QString &path)
{
    return QDir::cleanPath(path + u"/..");
}

} // namespace

/// Mirrors mdBook's regex: "\{{#" up to the last "}}" on its line is an escape; otherwise "{{", blanks,
/// "#name", at least one blank, anything but '}', then "}}". Unknown names are still consumed, as there.
bool IncludeExpander::findDirective(const QByteArray &in, qsizetype from, Directive *d)
{
    for (qsizetype q = findBytes(in, "{{", from); q >= 0; q = findBytes(in, "{{", q + 1)) {
        if (q > from && in.at(q - 1) == '\\' && q + 2 < in.size() && in.at(q + 2) == '#') {
            const qsizetype eol = in.indexOf('\n', q);
            const qsizetype close = in.lastIndexOf("}}", (eol < 0 ? in.size() : eol) - 2);
            if (close >= q + 3) {
                *d = Directive{Directive::Kind::Escaped, q - 1, close + 2, {}};
                return true;
            }
        }
        qsizetype i = q + 2;
        while (i < in.size() && std::isspace(static_cast<unsigned char>(in.at(i))))
            ++i;
        if (i >= in.size() || in.at(i) != '#')
            continue;
        const qsizetype nameStart = ++i;
        while (i < in.size() && (std::isalnum(static_cast<unsigned char>(in.at(i))) || in.at(i) == '_'))
            ++i;
        const QByteArray name = in.mid(nameStart, i - nameStart);
        const qsizetype blanks = i;
        while (i < in.size() && std::isspace(static_cast<unsigned char>(in.at(i))))
            ++i;
        const qsizetype close = in.indexOf('}', i);
        if (name.isEmpty() || i == blanks || close < 0 || close + 1 >= in.size() || in.at(close + 1) != '}'
            || (close == i && i - blanks < 2)) // the regex needs a blank and then at least one character
            continue;
        using K = Directive::Kind;
        static const QHash<QByteArray, K> kinds{{"include", K::Include},
                                                {"rustdoc_include", K::RustdocInclude},
                                                {"playground", K::Playground},
                                                {"playpen", K::Playground},
                                                {"title", K::Title}};
        const QByteArray rest = in.mid(i, close - i).trimmed();
        *d = Directive{rest.isEmpty() ? K::Unknown : kinds.value(name, K::Unknown), q, close + 2, rest};
        return true;
    }
    return false;
}

IncludeExpander::IncludeExpander(const QString &bookRoot, const QString &srcRoot)
    : m_lexicalRoot(QDir::cleanPath(bookRoot)), m_canonicalRoot(QFileInfo(bookRoot).canonicalFilePath()),
      m_srcRoot(QDir::cleanPath(srcRoot))
{ }

ExpandedPage IncludeExpander::expand(const QByteArray &utf8, const QString &pagePath) const
{
    ExpandedPage page;
    if (findBytes(utf8, "{{") < 0) {
        page.text = utf8; // shared, not copied
        page.sourceLines.resize(utf8.count('\n') + (utf8.isEmpty() || utf8.endsWith('\n') ? 0 : 1));
        std::iota(page.sourceLines.begin(), page.sourceLines.end(), 1);
        return page;
    }
    Context ctx{page, pagePath, {}};
    page.text = expandText(utf8, parentOf(QDir(m_srcRoot).filePath(pagePath)), 0, 1, ctx, &page.sourceLines);
    return page;
}

QByteArray IncludeExpander::expandText(const QByteArray &in, const QString &baseDir, int depth, int reportLine, Context &ctx,
                                       QVector<int> *lineMap) const
{
    QByteArray out;
    out.reserve(in.size());
    int pageLine = 1;
    if (lineMap)
        lineMap->append(1);
    // insertedAt 0: page text, which advances the page line; otherwise inserted text from that line.
    const auto append = [&](QByteArrayView chunk, int insertedAt) {
        out.append(chunk);
        for (const char c : chunk) {
            if (lineMap && c == '\n')
                lineMap->append(insertedAt == 0 ? ++pageLine : insertedAt);
        }
    };
    qsizetype pos = 0;
    Directive d;
    while (findDirective(in, pos, &d)) {
        append(QByteArrayView(in).sliced(pos, d.start - pos), 0);
        pos = d.end;
        const QByteArrayView whole = QByteArrayView(in).sliced(d.start, d.end - d.start);
        if (d.kind == Directive::Kind::Unknown || d.kind == Directive::Kind::Escaped) {
            append(whole.sliced(d.kind == Directive::Kind::Escaped ? 1 : 0), 0); // an escape is one line
            continue;
        }
        const int line = lineMap ? pageLine : reportLine;
        pageLine += int(whole.count('\n'));
        QByteArray content;
        QString nestedBase;
        if (!render(d, baseDir, depth, line, ctx, &content, &nestedBase)) {
            // What could not be included is said where it would have been, on screen and on
            // paper, as well as in the pack's problems.
            if (!ctx.page.problems.isEmpty())
                append(QByteArray(QByteArray("\u26a0 ") + ctx.page.problems.last().message.toUtf8()), line);
            continue;
        }
        if (!nestedBase.isEmpty())
            content = expandText(content, nestedBase, depth + 1, line, ctx, nullptr);
        // mdBook repeats whatever precedes the directive on its line (indentation, "> ", "- ") on every
        // included line, so an include inside a list item or quote stays inside it.
        const QByteArray joined = splitLines(content).join("\n" + out.sliced(out.lastIndexOf('\n') + 1));
        if (out.size() + joined.size() > maxOutputSize)
            ctx.report(line, QStringLiteral(u"include makes the page larger than 64 MiB"));
        else
            append(joined, line);
    }
    append(QByteArrayView(in).sliced(pos), 0);
    if (lineMap && (out.isEmpty() || out.endsWith('\n')))
        lineMap->removeLast();
    return out;
}

bool IncludeExpander::render(const Directive &d, const QString &baseDir, int depth, int line, Context &ctx, QByteArray *out,
                             QString *nestedBase) const
{
    using K = Directive::Kind;
    if (d.kind == K::Title) {
        ctx.page.title = QString::fromUtf8(d.rest);
        return true;
    }
    if (depth >= maxDepth) {
        ctx.report(line, QStringLiteral(u"include nesting too deep"));
        return false;
    }
    QList<QByteArray> args = d.rest.simplified().split(' ');
    const QByteArray target = args.takeFirst();
    const qsizetype colon = d.kind == K::Playground ? -1 : target.indexOf(':');
    const QString relative = QString::fromUtf8(colon < 0 ? target : target.first(colon));
    QByteArray data;
    QString lexical;
    if (!readFile(baseDir, relative, line, ctx, &data, &lexical))
        return false;
    *nestedBase = parentOf(lexical);
    if (d.kind == K::Playground) {
        const QByteArray attrs = args.isEmpty() ? QByteArray() : QByteArrayLiteral(",") + args.join(',');
        *out = "```rust" + attrs + '\n' + data + (data.endsWith('\n') ? "" : "\n") + "```\n";
        return true;
    }
    const Selection sel = colon < 0 ? Selection() : parseSelection(target.sliced(colon + 1));
    bool found = false;
    *out = takeLines(data, sel, d.kind == K::RustdocInclude, &found);
    if (!found)
        ctx.report(line, u"include '" % relative % u"': no anchor '" % sel.anchor % u'\'');
    return found;
}

bool IncludeExpander::readFile(const QString &baseDir, const QString &relative, int line, Context &ctx, QByteArray *data,
                               QString *lexicalPath) const
{
    const auto fail = [&](const QString &why) {
        ctx.report(line, u"include '" % relative % u"' " % why);
        return false;
    };
    *lexicalPath = QDir::cleanPath(QDir(baseDir).filePath(relative));
    // Checked before touching the disk so that a "../" path never even probes outside the book.
    if (!lexicalPath->startsWith(m_lexicalRoot + u'/') || m_canonicalRoot.isEmpty())
        return fail(QStringLiteral(u"leaves the book"));
    const QFileInfo info(*lexicalPath);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !info.isFile())
        return fail(QStringLiteral(u"not found"));
    if (!canonical.startsWith(m_canonicalRoot.endsWith(u'/') ? m_canonicalRoot : m_canonicalRoot + u'/'))
        return fail(QStringLiteral(u"leaves the book"));
    if (const auto cached = ctx.cache.constFind(canonical); cached != ctx.cache.constEnd()) {
        *data = cached.value();
        return true;
    }
    QFile file(canonical); // the resolved path, so a symlink swapped after the check is not followed
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"cannot be read: " % file.errorString());
    *data = file.read(maxFileSize + 1); // never more, even if the file grows while being read
    if (data->size() > maxFileSize)
        return fail(QStringLiteral(u"is larger than 8 MiB"));
    // A BOM in the middle of a page would show as a stray glyph; UTF-16 and bad bytes are repaired.
    QVector<Problem> repairs;
    *data = PageText::decode(std::move(*data), relative, &repairs);
    for (const Problem &repair : std::as_const(repairs))
        ctx.report(line, u"include '" % relative % u"': " % repair.message, repair.severity);
    ctx.cache.insert(canonical, *data);
    ctx.page.includedFiles.append(canonical);
    return true;
}
