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
    QHash<QString, int> uses;
    for (Page &page : *pages) {
        page.title = page.ownTitle.isEmpty() ? readableName(page.path) : page.ownTitle;
        ++uses[page.title.toCaseFolded()];
    }
    QHash<QString, int> renamed;
    for (Page &page : *pages) {
        if (uses.value(page.title.toCaseFolded()) < 2)
            continue;
        page.title = page.featureName.isEmpty() ? readableName(page.path) : page.featureName;
        ++renamed[page.title.toCaseFolded()];
    }
    // Two RFCs may name the same feature: the file name settles it.
    for (Page &page : *pages) {
        if (renamed.value(page.title.toCaseFolded()) > 1)
            page.title = QStringLiteral("%1 (%2)").arg(page.title, QFileInfo(page.path).completeBaseName());
    }
}
