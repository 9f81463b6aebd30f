// SPDX-License-Identifier: MIT
#include "openpack.h"

#include "search/indexingthread.h"
#include "search/searchindex.h"

OpenPack::OpenPack(const QString &root, std::unique_ptr<const Catalogue> catalogue, QObject *parent)
    : QObject(parent),
      m_root(root),
      m_catalogue(std::move(catalogue)),
      m_searchIndex(new SearchIndex(this)),
      m_indexing(new IndexingThread(*m_searchIndex, *m_catalogue, this))
{
}

// The indexing thread reads the catalogue: it must stop before the catalogue goes.
OpenPack::~OpenPack()
{
    delete m_indexing;
}

void OpenPack::startIndexing()
{
    m_indexing->start();
}
