// SPDX-License-Identifier: MIT
#include "paneparts.h"

#include "content/catalogue.h"
#include "models/itemroles.h"

#include <QCoreApplication>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace PaneParts {

QLabel *title(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(6, 6, 6, 2);
    label->setBuddy(buddy);
    return label;
}

QWidget *column(std::initializer_list<QWidget *> widgets)
{
    auto *container = new QWidget;
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    return container;
}

TreeWords treeWords(PackKind kind)
{
    switch (kind) {
    case PackKind::Atlas:
        return {QCoreApplication::translate("MainWindow", "&Audiences"),
                QCoreApplication::translate("MainWindow", "Who Rust is for: choose an audience to see the categories it cares about")};
    case PackKind::Book:
        return {QCoreApplication::translate("MainWindow", "&Contents"),
                QCoreApplication::translate("MainWindow", "The book's chapters in reading order")};
    case PackKind::Vault:
        return {QCoreApplication::translate("MainWindow", "&Notes"),
                QCoreApplication::translate("MainWindow", "The notes by folder, then by tag")};
    case PackKind::Folder:
        return {QCoreApplication::translate("MainWindow", "&Pages"), QCoreApplication::translate("MainWindow", "The folder's pages")};
    }
    return {};
}

void adaptTree(QLabel *title, QTreeView *tree, const Catalogue &catalogue)
{
    const TreeWords words = treeWords(catalogue.kind());
    title->setText(words.title);
    tree->setAccessibleName(QString(words.title).remove(u'&'));
    tree->setToolTip(words.toolTip);
    tree->expandToDepth(0);
    for (int row = 0; row < tree->model()->rowCount(); ++row) {
        const QModelIndex top = tree->model()->index(row, 0);
        if (catalogue.isCategory(tree->model()->index(0, 0, top).data(ItemRole::PageId).toString()))
            tree->collapse(top);
    }
}

} // namespace PaneParts
