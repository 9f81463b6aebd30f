// SPDX-License-Identifier: MIT
#include "paperhtml.h"

#include "content/catalogue.h"
#include "markdown/htmlescape.h"
#include "pack/linkresolver.h"
#include "paginatedprinter.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <functional>

namespace {
const QString FieldPrefix = QStringLiteral("ra-field-");

QString unescaped(QString text)
{
    return text.replace(u"&quot;"_qs, u"\""_qs)
        .replace(u"&#39;"_qs, u"'"_qs)
        .replace(u"&lt;"_qs, u"<"_qs)
        .replace(u"&gt;"_qs, u">"_qs)
        .replace(u"&amp;"_qs, u"&"_qs);
}

/// \a html with every match of \a pattern replaced by what \a replace makes of it.
QString replaceMatches(const QString &html, const QRegularExpression &pattern,
                       const std::function<QString(const QRegularExpressionMatch &)> &replace)
{
    QString result;
    qsizetype last = 0;
    for (auto it = pattern.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(html).mid(last, match.capturedStart() - last) + replace(match);
        last = match.capturedEnd();
    }
    return result + QStringView(html).mid(last);
}
} // namespace

PaperHtml::PaperHtml(const Catalogue &catalogue, const QHash<QString, int> &sectionOfPage)
    : m_catalogue(catalogue), m_sectionOfPage(sectionOfPage)
{ }

QString PaperHtml::pageField(int section)
{
    return QStringLiteral("<a name=\"%1%2\">0</a>").arg(FieldPrefix).arg(section);
}

void PaperHtml::markPageFields(QTextDocument *document)
{
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            const QStringList names = format.anchorNames();
            if (names.isEmpty() || !names.first().startsWith(FieldPrefix))
                continue;
            format.clearProperty(QTextFormat::IsAnchor);
            format.clearProperty(QTextFormat::AnchorName);
            format.setProperty(PaginatedPrinter::PageNumberField, names.first().mid(FieldPrefix.size()).toInt());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

QString PaperHtml::rewrite(const QString &pageId, QString html) const
{
    html = rewriteLinks(pageId, rewriteImages(pageId, html));
    // Markdown tables take the page width so their cells wrap instead of running off the paper.
    html.replace(QStringLiteral("<table class=\"md\""), QStringLiteral("<table class=\"md\" width=\"100%\""));
    // A selection copied from the screen carries the screen theme's colours and zoomed point
    // sizes; relative sizes (a heading's "x-large") stay.
    static const QRegularExpression style(QStringLiteral("\\sstyle=\"([^\"]*)\""));
    static const QRegularExpression screen(
        QStringLiteral("(?:background-color|color|font-family)\\s*:[^;]*;?|font-size\\s*:\\s*[\\d.]+\\s*(?:pt|px)\\s*;?"));
    return replaceMatches(html, style, [](const QRegularExpressionMatch &match) -> QString {
        return QStringLiteral(" style=\"%1\"").arg(match.captured(1).remove(screen));
    });
}

QString PaperHtml::rewriteImages(const QString &pageId, const QString &html) const
{
    static const QRegularExpression img(QStringLiteral("<img\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    return replaceMatches(html, img, [&](const QRegularExpressionMatch &match) -> QString {
        const QString tag = match.captured();
        const auto attribute = [&](const QString &name) { return unescaped(HtmlEscape::attribute(tag, QStringLiteral("img"), name)); };
        const QString source = attribute(QStringLiteral("src"));
        const QString alt = attribute(QStringLiteral("alt"));
        const LinkTarget target = m_catalogue.resolve(pageId, source);
        const QString path = target.kind == LinkTarget::Kind::File ? m_catalogue.filePath(target.path) : QString();
        if (path.isEmpty() || !QFileInfo(path).isFile()) {
            return QStringLiteral("<span class=\"missing\">[%1]</span>")
                .arg(tr("Image not available: %1").arg(alt.isEmpty() ? source : alt).toHtmlEscaped());
        }
        // Only images inside the pack are loaded, by their resolved path.
        QString replacement = QStringLiteral("<img src=\"%1\" alt=\"%2\" align=\"middle\"").arg(path.toHtmlEscaped(), alt.toHtmlEscaped());
        for (const QString &size : {QStringLiteral("width"), QStringLiteral("height")}) {
            if (const double value = attribute(size).toDouble(); value > 0)
                replacement += QStringLiteral(" %1=\"%2\"").arg(size, QString::number(value));
        }
        return replacement + QStringLiteral("/>");
    });
}

QString PaperHtml::rewriteLinks(const QString &pageId, const QString &html) const
{
    static const QRegularExpression link(QStringLiteral("<a\\s+href=\"([^\"]*)\"[^>]*>(.*?)</a>"),
                                         QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return replaceMatches(html, link, [&](const QRegularExpressionMatch &match) -> QString {
        const QString inner = match.captured(2);
        const LinkTarget target = m_catalogue.resolve(pageId, unescaped(match.captured(1)));
        if (target.kind == LinkTarget::Kind::External) {
            const QString address = target.url.scheme() == u"mailto" ? target.url.path() : target.url.toDisplayString();
            const QString text = HtmlEscape::stripTags(inner).trimmed();
            // Only web and mail links stay clickable in the PDF, as on screen.
            QString replacement = LinkResolver::mayOpenExternally(target.url)
                ? QStringLiteral("<a href=\"%1\">%2</a>").arg(match.captured(1), inner)
                : inner;
            // Paper cannot be clicked: the address is written out, unless the text already is it.
            if (text != address && text != target.url.toString())
                replacement += QStringLiteral(" <span class=\"url\">(%1)</span>").arg(address.toHtmlEscaped());
            return replacement;
        }
        // Links between pages of the booklet become page references; the others plain text.
        if (target.kind == LinkTarget::Kind::Page && target.pageId != pageId && m_sectionOfPage.contains(target.pageId)) {
            return inner
                + QStringLiteral(" <span class=\"pageref\">(%1)</span>")
                      .arg(tr("p.\u00a0%1").arg(pageField(m_sectionOfPage.value(target.pageId))));
        }
        return inner;
    });
}
