// SPDX-License-Identifier: MIT
#include "openpack.h"

#include "packcache.h"
#include "packwatcher.h"
#include "search/indexingthread.h"
#include "search/searchindex.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

OpenPack::OpenPack(const QString &root, std::unique_ptr<const Catalogue> catalogue, QObject *parent)
    : QObject(parent), m_root(root), m_catalogue(std::move(catalogue)), m_searchIndex(new SearchIndex(this)),
      m_indexing(new IndexingThread(*m_searchIndex, *m_catalogue, this)), m_watcher(new PackWatcher(this)),
      m_loading(new QFutureWatcher<Catalogue>(this))
{
    // Watching thousands of files takes a while (a fraction of a second for 10,000): it starts
    // once the pack is on screen, not before; so does the check of a pack opened from its cache
    // against the files on disk (it reads only what was saved since). A sketch (a pack never
    // opened before) is read at once.
    QTimer::singleShot(WatchDelayMs, this, [this] { m_watcher->watch(*m_catalogue); });
    if (!m_root.startsWith(u':'))
        QTimer::singleShot(m_catalogue->isSketch() ? 0 : WatchDelayMs, this, &OpenPack::reload);
    connect(m_watcher, &PackWatcher::changed, this, &OpenPack::reload);
    connect(m_loading, &QFutureWatcher<Catalogue>::finished, this, [this] {
        Catalogue loaded = m_loading->future().takeResult();
        if (!m_cacheError->isEmpty())
            emit cacheProblem(*m_cacheError);
        if (!loaded.isUnchanged())
            replaceCatalogue(std::make_unique<const Catalogue>(std::move(loaded)));
        // Saves that came while reading are read too.
        if (std::exchange(m_reloadAgain, false))
            reload();
    });
}

// The indexing thread and a reload in progress read the catalogue: both end before it goes.
OpenPack::~OpenPack()
{
    *m_cancelled = true; // a pack being read stops within a page or so
    if (m_loading->isRunning())
        m_loading->waitForFinished();
    delete m_indexing;
}

void OpenPack::startIndexing()
{
    m_indexingStarted = true;
    // A sketch's pages are being read; the index is built from them once they are (replaceCatalogue()).
    if (m_catalogue->isSketch()) {
        m_searchIndex->markPending(tr("Reading the pages before indexing them\u2026"));
        return;
    }
    // An empty folder has nothing to index, and no cache file should be made for it.
    if (!m_catalogue->pages().isEmpty())
        m_indexing->start();
}

SearchSource OpenPack::searchSource()
{
    startIndexing();
    return {m_root, m_catalogue->title(), m_searchIndex};
}

bool OpenPack::isWatching() const
{
    return !m_watcher->watchedPaths().isEmpty();
}

void OpenPack::reload()
{
    if (m_loading->isRunning()) {
        m_reloadAgain = true;
        return;
    }
    // Only the files saved since the current catalogue are read again.
    m_cacheError->clear();
    m_loading->setFuture(
        QtConcurrent::run([root = m_root, previous = m_catalogue->record(), cancelled = m_cancelled, error = m_cacheError] {
            return PackCache().refresh(root, previous, cancelled.get(), error.get());
        }));
}

void OpenPack::replaceCatalogue(std::unique_ptr<const Catalogue> catalogue)
{
    const bool wasSketch = m_catalogue->isSketch();
    // The old index worker reads the old catalogue: it stops before that catalogue goes.
    delete m_indexing;
    m_catalogue = std::move(catalogue);
    m_indexing = new IndexingThread(*m_searchIndex, *m_catalogue, this);
    m_watcher->watch(*m_catalogue);
    emit reloaded(wasSketch);
    // The index keeps fingerprints of every page: only pages that changed are indexed again.
    if (m_indexingStarted)
        startIndexing();
}
