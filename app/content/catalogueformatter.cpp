// SPDX-License-Identifier: MIT
#include "catalogueformatter.h"

#include "catalogue.h"

#include <QDir>

namespace {
void appendNode(const TreeNode &node, int depth, QString *out)
{
    *out += QString(depth * 2, u' ') + node.title;
    if (!node.pageId.isEmpty())
        *out += QStringLiteral("  [%1]").arg(node.anchor.isEmpty() ? node.pageId : node.pageId + u'#' + node.anchor);
    *out += u'\n';
    for (const auto &child : node.children)
        appendNode(*child, depth + 1, out);
}
} // namespace

QString CatalogueFormatter::listing(const Catalogue &catalogue)
{
    QString out = QStringLiteral("Audience tree\n");
    for (const auto &child : catalogue.tree().children)
        appendNode(*child, 1, &out);
    out += QStringLiteral("\nCategory grid (%1)\n").arg(catalogue.categories().size());
    for (const CategoryEntry &category : catalogue.categories()) {
        out += QStringLiteral("  %1  [%2]\n").arg(category.title, category.pageId);
        if (!category.summary.isEmpty())
            out += QStringLiteral("      %1\n").arg(category.summary);
    }
    return out;
}

QString CatalogueFormatter::problems(const Catalogue &catalogue, const QString &displayRoot)
{
    QString out;
    const QDir root(displayRoot);
    for (const Problem &problem : catalogue.problems())
        out += QStringLiteral("%1:%2: %3\n").arg(QDir::cleanPath(root.filePath(problem.file))).arg(problem.line).arg(problem.message);
    return out;
}
