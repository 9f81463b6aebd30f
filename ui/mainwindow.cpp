// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "content/catalogue.h"
#include "models/audiencetreemodel.h"
#include "models/categorylistmodel.h"
#include "models/itemroles.h"
#include "models/relatedcategoryproxymodel.h"

#include <QListView>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>

MainWindow::MainWindow(const Catalogue &catalogue, QWidget *parent)
    : QMainWindow(parent),
      m_catalogue(catalogue),
      m_treeModel(new AudienceTreeModel(catalogue, this)),
      m_categoryModel(new CategoryListModel(catalogue, this)),
      m_relatedModel(new RelatedCategoryProxyModel(catalogue, this)),
      m_tree(new QTreeView),
      m_grid(new QListView),
      m_page(new QTextBrowser)
{
    m_relatedModel->setSourceModel(m_categoryModel);
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->expandToDepth(0);
    m_grid->setModel(m_relatedModel);
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setResizeMode(QListView::Adjust);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(m_grid);
    splitter->addWidget(m_page);
    setCentralWidget(splitter);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        m_relatedModel->setAudience(index.data(ItemRole::PageId).toString());
        openPage(index.data(ItemRole::PageId).toString(), index.data(ItemRole::Anchor).toString());
    });
    connect(m_grid, &QListView::activated, this,
            [this](const QModelIndex &index) { openPage(index.data(ItemRole::PageId).toString()); });

    openPage(catalogue.homePageId());
    resize(1200, 800);
}

void MainWindow::openPage(const QString &pageId, const QString &anchor)
{
    const Page *page = m_catalogue.page(pageId);
    if (!page)
        return;
    m_page->setHtml(page->content.html);
    if (!anchor.isEmpty())
        m_page->scrollToAnchor(anchor);
    setWindowTitle(page->content.title + QStringLiteral(" \u2014 Rust Atlas"));
}
