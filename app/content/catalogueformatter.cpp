// SPDX-License-Identifier: MIT
#include "catalogueformatter.h"

#include "catalogue.h"

#include <QDir>

namespace {
void appendNode(const TreeNode &node, int depth, QString *out)
{
    *out += QString(depth * 2, u' ');
    if (!node.number.isEmpty())
        *out += node.number + QStringLiteral(". ");
    *out += node.title;
    if (!node.pageId.isEmpty())
        *out += QStringLiteral("  [%1]").arg(node.anchor.isEmpty() ? node.pageId : node.pageId + u'#' + node.anchor);
    else if (!node.enabled && node.children.empty() && !node.number.isEmpty())
        *out += QStringLiteral("  (draft)");
    *out += u'\n';
    for (const auto &child : node.children)
        appendNode(*child, depth + 1, out);
}
} // namespace

QString CatalogueFormatter::oneLine(const QString &text, int maxLength)
{
    const QString line = text.simplified();
    if (line.size() <= maxLength)
        return line;
    // Cut at a word boundary so the line stays readable.
    qsizetype cut = line.lastIndexOf(u' ', maxLength - 1);
    if (cut < maxLength / 2)
        cut = maxLength - 1;
    return line.left(cut) + QStringLiteral("\u2026");
}

QString CatalogueFormatter::listing(const Catalogue &catalogue)
{
    const bool atlas = catalogue.kind() == PackKind::Atlas;
    QString out
        = QStringLiteral("%1: %2 (%3 pages)\n\n").arg(PackKinds::id(catalogue.kind()), catalogue.title()).arg(catalogue.pages().size());
    out += atlas ? QStringLiteral("Audience tree\n") : QStringLiteral("Contents\n");
    for (const auto &child : catalogue.tree().children)
        appendNode(*child, 1, &out);
    if (!atlas)
        return out;
    out += QStringLiteral("\nCategory grid (%1)\n").arg(catalogue.categories().size());
    for (const CategoryEntry &category : catalogue.categories()) {
        out += QStringLiteral("  %1  [%2]\n").arg(category.title, category.pageId);
        if (!category.summary.isEmpty())
            out += QStringLiteral("      %1\n").arg(oneLine(category.summary));
    }
    return out;
}

QString CatalogueFormatter::problems(const Catalogue &catalogue, const QString &displayRoot, bool withNotes)
{
    QString out;
    const QDir root(displayRoot);
    for (const Problem &problem : catalogue.problems()) {
        if (!problem.isError() && !withNotes)
            continue;
        out += problem.located(QDir::cleanPath(root.filePath(problem.file))) + u'\n';
    }
    return out;
}
