// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class AudienceTreeModel;
class Catalogue;
class CategoryListModel;
class QListView;
class QTextBrowser;
class QTreeView;
class RelatedCategoryProxyModel;

/// The browser window: audience tree, category grid and page view.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const Catalogue &catalogue, QWidget *parent = nullptr);

    void openPage(const QString &pageId, const QString &anchor = {});

private:
    const Catalogue &m_catalogue;
    AudienceTreeModel *m_treeModel;
    CategoryListModel *m_categoryModel;
    RelatedCategoryProxyModel *m_relatedModel;
    QTreeView *m_tree;
    QListView *m_grid;
    QTextBrowser *m_page;
};
