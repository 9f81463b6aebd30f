// SPDX-License-Identifier: MIT
#include "indexingthread.h"

#include "content/catalogue.h"
#include "searchindex.h"
#include "searchindexer.h"

#include <QThread>

IndexingThread::IndexingThread(SearchIndex &index, const Catalogue &catalogue, QObject *parent)
    : QObject(parent), m_index(index), m_catalogue(catalogue)
{ }

IndexingThread::~IndexingThread()
{
    if (m_thread) {
        m_thread->requestInterruption();
        m_thread->quit();
        m_thread->wait();
    }
}

void IndexingThread::start()
{
    if (m_thread)
        return;
    SearchIndexer *indexer = m_index.createIndexer(m_catalogue, SearchIndex::cacheDirFor(m_catalogue));
    m_thread = new QThread(this);
    indexer->moveToThread(m_thread);
    connect(m_thread, &QThread::started, indexer, &SearchIndexer::run);
    connect(indexer, &SearchIndexer::progress, this, &IndexingThread::progress);
    connect(indexer, &SearchIndexer::finished, this, &IndexingThread::finished);
    connect(indexer, &SearchIndexer::finished, m_thread, &QThread::quit);
    connect(m_thread, &QThread::finished, indexer, &QObject::deleteLater);
    // Low priority: on a two-core laptop the window must stay smooth while a large pack indexes.
    m_thread->start(QThread::LowPriority);
}
