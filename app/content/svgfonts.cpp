// SPDX-License-Identifier: MIT
#include "svgfonts.h"

#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QFontInfo>
#include <QRegularExpression>
#include <QStringList>

namespace {
QString genericFamily(const QString &name)
{
    QFont font;
    if (name == QLatin1String("serif"))
        font.setStyleHint(QFont::Serif);
    else if (name == QLatin1String("monospace"))
        font.setStyleHint(QFont::Monospace);
    else if (name == QLatin1String("sans-serif"))
        font.setStyleHint(QFont::SansSerif);
    else
        return {};
    font.setFamily(name);
    return QFontInfo(font).family();
}
} // namespace

QString SvgFonts::familyFor(const QString &list)
{
    QStringList names;
    for (QString name : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        name = name.trimmed();
        if (name.size() >= 2 && (name.front() == u'\'' || name.front() == u'"') && name.back() == name.front())
            name = name.mid(1, name.size() - 2);
        if (!name.isEmpty())
            names << name;
    }
    for (const QString &name : names) {
        if (QFontDatabase::hasFamily(name))
            return name;
        if (const QString generic = genericFamily(name.toLower()); !generic.isEmpty())
            return generic;
    }
    return names.value(0);
}

QByteArray SvgFonts::load(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? resolved(file.readAll()) : QByteArray();
}

QByteArray SvgFonts::resolved(const QByteArray &svg)
{
    if (!svg.contains("font-family"))
        return svg;
    // As an attribute (font-family="a, b") or as a style property (font-family: a, b;).
    static const QRegularExpression family(QStringLiteral("(font-family\\s*(?:=\\s*\"([^\"]*)\"|=\\s*'([^']*)'|:\\s*([^;\"}<>]*)))"));
    const QString text = QString::fromUtf8(svg);
    QString out;
    qsizetype copied = 0;
    for (auto it = family.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int group = match.capturedStart(2) >= 0 ? 2 : match.capturedStart(3) >= 0 ? 3 : 4;
        const QString list = match.captured(group);
        if (!list.contains(u',') && !list.contains(u'\'') && !list.contains(u'"'))
            continue; // one plain name: QtSvg already understands it
        out += QStringView(text).mid(copied, match.capturedStart(group) - copied);
        out += familyFor(list);
        copied = match.capturedEnd(group);
    }
    if (copied == 0)
        return svg;
    return (out + QStringView(text).mid(copied)).toUtf8();
}
