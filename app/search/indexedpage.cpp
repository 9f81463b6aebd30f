// SPDX-License-Identifier: MIT
#include "indexedpage.h"

#include "codetokens.h"
#include "exactforms.h"
#include "fingerprint.h"
#include "searchquery.h"

void IndexedPage::setContent(const ParsedPage &content)
{
    headings = content.headings;
    qsizetype skip = 0;
    if (!headings.isEmpty() && headings.first().offset == 0 && headings.first().text == title && content.plainText.startsWith(title)) {
        skip = title.size();
        while (skip < content.plainText.size() && content.plainText.at(skip).isSpace())
            ++skip;
    }
    text = content.plainText.mid(skip);
    for (Heading &heading : headings)
        heading.offset = int(std::max<qsizetype>(0, heading.offset - skip));
}

bool IndexedPage::repeatsTitle(qsizetype heading) const
{
    return heading == 0 && headings.at(0).level == 1 && headings.at(0).text == title;
}

QString IndexedPage::headingsColumn() const
{
    QString column;
    for (qsizetype i = 0; i < headings.size(); ++i) {
        if (!repeatsTitle(i))
            column += headings.at(i).text + u'\n';
    }
    return column;
}

QString IndexedPage::bodyColumn() const
{
    if (!text.contains(QChar(2)) && !text.contains(QChar(3)))
        return text;
    QString body = text;
    return body.replace(QChar(2), u' ').replace(QChar(3), u' ');
}

QString IndexedPage::exactColumn() const
{
    return ExactForms::of(QString(title + u'\n' + headingsColumn()));
}

QString IndexedPage::codeColumn() const
{
    return CodeTokens::of(text);
}

QString IndexedPage::outlineColumn() const
{
    QString outline;
    for (const Heading &heading : headings)
        outline += QString::number(heading.offset) + u'\t' + heading.anchor + u'\t' + heading.text + u'\n';
    return outline;
}

QStringList IndexedPage::sectionKeys() const
{
    QStringList keys;
    for (qsizetype i = 0; i < headings.size(); ++i) {
        const QString key = SearchQuery::normalizedTitle(headings.at(i).text);
        if (!repeatsTitle(i) && !key.isEmpty() && !keys.contains(key))
            keys.push_back(key);
    }
    return keys;
}

QByteArray IndexedPage::contentFingerprint() const
{
    Fingerprint fingerprint;
    fingerprint.add(title);
    fingerprint.add(outlineColumn());
    fingerprint.add(text);
    return fingerprint.result();
}
