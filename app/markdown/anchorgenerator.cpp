// SPDX-License-Identifier: MIT
#include "anchorgenerator.h"

QString AnchorGenerator::slug(const QString &text)
{
    QString slug;
    slug.reserve(text.size());
    for (const QChar c : text.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c == u'_' || c == u'-')
            slug += c;
        else if (c.isSpace())
            slug += u'-';
    }
    return slug;
}

QString AnchorGenerator::anchorFor(const QString &headingText)
{
    QString base = slug(headingText);
    if (base.isEmpty())
        base = QStringLiteral("section");
    int &count = m_seen[base];
    const QString anchor = count == 0 ? base : base + u'-' + QString::number(count);
    ++count;
    return anchor;
}
