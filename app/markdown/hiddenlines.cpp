// SPDX-License-Identifier: MIT
#include "hiddenlines.h"

#include <QStringList>

bool HiddenLines::isRustFence(const QString &info)
{
    // The language is the first word; attributes follow after a comma or a space.
    qsizetype end = 0;
    while (end < info.size() && info.at(end) != u',' && !info.at(end).isSpace())
        ++end;
    return QStringView(info).left(end).compare(u"rust", Qt::CaseInsensitive) == 0;
}

QString HiddenLines::strip(const QString &code)
{
    QString shown;
    shown.reserve(code.size());
    for (const QStringView line : QStringView(code).split(u'\n')) {
        qsizetype indent = 0;
        while (indent < line.size() && (line.at(indent) == u' ' || line.at(indent) == u'\t'))
            ++indent;
        const QStringView rest = line.mid(indent);
        if (rest.startsWith(u"##")) {
            shown += line.left(indent) + rest.mid(1) + u'\n';
            continue;
        }
        if (rest == u"#" || rest.startsWith(u"# "))
            continue;
        shown += line + u'\n';
    }
    // split() yields a last, empty part after the final newline; do not add a line for it.
    if (!code.endsWith(u'\n') && shown.endsWith(u'\n'))
        shown.chop(1);
    else if (code.endsWith(u'\n') && shown.endsWith(QStringLiteral("\n\n")))
        shown.chop(1);
    return shown;
}
