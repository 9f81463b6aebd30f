// SPDX-License-Identifier: MIT
#include "titledisambiguator.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

QString TitleDisambiguator::readableName(const QString &path)
{
    QString name = QFileInfo(path).completeBaseName();
    name.replace(u'-', u' ').replace(u'_', u' ');
    name = name.simplified();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QString TitleDisambiguator::featureName(const QString &plainText)
{
    // RFC texts open with metadata such as "- Feature Name: `async_closures`".
    static const QRegularExpression feature(QStringLiteral("^\\s*[-*]?\\s*Feature[ -]?Name:\\s*`?([^`\\n]+?)`?\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    const QString head = plainText.left(600);
    const QString name = feature.match(head).captured(1).trimmed();
    return name.compare(u"N/A", Qt::CaseInsensitive) == 0 || name.compare(u"none", Qt::CaseInsensitive) == 0 ? QString() : name;
}

void TitleDisambiguator::apply(QVector<Page> *pages)
{
    // Each title is folded once: a pack may have 100,000 of them.
    QVector<QString> keys(pages->size());
    QHash<QString, int> uses;
    for (qsizetype i = 0; i < pages->size(); ++i) {
        Page &page = (*pages)[i];
        page.title = page.ownTitle.isEmpty() ? readableName(page.path) : page.ownTitle;
        keys[i] = page.title.toCaseFolded();
        ++uses[keys.at(i)];
    }
    QHash<QString, int> renamed;
    for (qsizetype i = 0; i < pages->size(); ++i) {
        if (uses.value(keys.at(i)) < 2)
            continue;
        Page &page = (*pages)[i];
        page.title = page.featureName.isEmpty() ? readableName(page.path) : page.featureName;
        keys[i] = page.title.toCaseFolded();
        ++renamed[keys.at(i)];
    }
    if (renamed.isEmpty())
        return;
    // Two RFCs may name the same feature: the file name settles it.
    for (qsizetype i = 0; i < pages->size(); ++i) {
        Page &page = (*pages)[i];
        if (renamed.value(keys.at(i)) > 1)
            page.title = QStringLiteral("%1 (%2)").arg(page.title, QFileInfo(page.path).completeBaseName());
    }
}
