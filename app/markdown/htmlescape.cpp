// SPDX-License-Identifier: MIT
#include "htmlescape.h"

#include <QHash>
#include <QRegularExpression>

namespace HtmlEscape {

QString decodeEntity(const QString &entity)
{
    static const QHash<QString, QString> named = {
        {QStringLiteral("&amp;"), QStringLiteral("&")},      {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},       {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&apos;"), QStringLiteral("'")},     {QStringLiteral("&nbsp;"), QString(QChar(0xA0))},
        {QStringLiteral("&copy;"), QString(QChar(0xA9))},    {QStringLiteral("&mdash;"), QString(QChar(0x2014))},
        {QStringLiteral("&ndash;"), QString(QChar(0x2013))}, {QStringLiteral("&hellip;"), QString(QChar(0x2026))},
    };
    if (entity.startsWith(u"&#") && entity.endsWith(u';')) {
        const bool hex = entity.size() > 3 && (entity.at(2) == u'x' || entity.at(2) == u'X');
        bool ok = false;
        const uint code = entity.mid(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return QString(QChar::ReplacementCharacter);
        const char32_t ucs4 = code;
        return QString::fromUcs4(&ucs4, 1);
    }
    return named.value(entity, entity);
}

QString stripTags(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = html;
    return decodeEntities(text.replace(tag, QStringLiteral(" "))).simplified();
}

QString decodeEntities(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("&#?[A-Za-z0-9]+;"));
    QString decoded;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        decoded += QStringView(text).mid(last, match.capturedStart() - last);
        decoded += decodeEntity(match.captured());
        last = match.capturedEnd();
    }
    decoded += QStringView(text).mid(last);
    return decoded;
}

QString attribute(const QString &html, const QString &tag, const QString &name)
{
    const QRegularExpression element(u"<" + tag + uR"re(\b[^>]*>)re", QRegularExpression::CaseInsensitiveOption);
    const QString found = element.match(html).captured();
    if (found.isEmpty())
        return {};
    const QRegularExpression attr(u"\\b" + name + uR"re(\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+)))re",
                                  QRegularExpression::CaseInsensitiveOption);
    const auto match = attr.match(found);
    for (int group : {2, 3, 4}) {
        if (match.capturedStart(group) >= 0)
            return match.captured(group);
    }
    return {};
}

} // namespace HtmlEscape
