// SPDX-License-Identifier: MIT
#include "searchindexer.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>

#include <algorithm>

namespace {

// The indexer is the only writer; a reader never holds a lock this long, so waiting is safe.
constexpr int WriterBusyTimeoutMs = 5000;

QString rebuildReason(IndexStore::Health health)
{
    switch (health) {
    case IndexStore::Health::Damaged: return SearchIndexer::tr("the old one was damaged");
    case IndexStore::Health::Unfinished: return SearchIndexer::tr("the last indexing did not finish");
    case IndexStore::Health::OlderSchema: return SearchIndexer::tr("the old one was made by an older version of Rust Atlas");
    case IndexStore::Health::NewerSchema: return SearchIndexer::tr("the old one was made by a newer version of Rust Atlas");
    case IndexStore::Health::Healthy:
    case IndexStore::Health::ReadOnly: break;
    }
    return {};
}

} // namespace

SearchIndexer::SearchIndexer(QVector<IndexedPage> pages, IndexStore::Fill fill, const QString &packRoot, const Options &options,
                             QObject *parent)
    : QObject(parent), m_pages(std::move(pages)), m_fill(std::move(fill)), m_root(packRoot), m_options(options)
{
    qRegisterMetaType<IndexStats>(); // statsReady() crosses threads
}

QString SearchIndexer::pageCount() const
{
    return tr("%n page(s)", nullptr, int(m_pages.size()));
}

IndexStore::Progress SearchIndexer::progressCallback()
{
    return [this](int done, int total) {
        if (QThread::currentThread()->isInterruptionRequested()) {
            m_cancelled = true;
            return false;
        }
        // About a hundred signals per run: enough for a progress bar, too few to flood the UI's queue.
        if (done == total || done % std::max(1, total / 100) == 0)
            emit progress(done, total);
        return true;
    };
}

void SearchIndexer::run()
{
    m_cancelled = false;
    emit progress(0, int(m_pages.size()));
    IndexStore store;
    QString memoryReason;
    QString status = m_options.cacheDir.isEmpty() ? QString() : indexFile(store, &memoryReason);
    if (status.isEmpty() && !m_cancelled)
        status = indexInMemory(store, memoryReason);
    store.close();
    emit finished(m_cancelled ? tr("Search indexing was cancelled") : status);
}

QString SearchIndexer::indexFile(IndexStore &store, QString *memoryReason)
{
    const QString dir = m_options.cacheDir;
    // As root a 0555 folder is still writable, so this is only a first check; failing to open or
    // create the file below is the real one.
    if (!QDir().mkpath(dir) || !QFileInfo(dir).isDir()) {
        *memoryReason = tr("the cache folder cannot be created");
        return {};
    }
    if (!QFileInfo(dir).isWritable()) {
        *memoryReason = tr("the cache folder is read-only");
        return {};
    }
    const QString path = QDir(dir).filePath(IndexStore::fileNameFor(m_root));
    const bool existed = QFileInfo::exists(path) || QFileInfo(path).isSymLink();
    QString reason = m_options.rebuildReason;
    if (!existed) {
        reason = tr("there was none for this folder yet");
    } else if (reason.isEmpty()) {
        const IndexStore::Health health = store.openFile(path, WriterBusyTimeoutMs) ? store.check() : IndexStore::Health::Damaged;
        if (health == IndexStore::Health::ReadOnly) {
            *memoryReason = tr("the index file is read-only");
            return {};
        }
        if (health == IndexStore::Health::Healthy) {
            emit databaseReady(path, false);
            IndexStats stats;
            if (!store.update(m_pages, progressCallback(), &stats, m_fill)) {
                if (!m_cancelled)
                    *memoryReason = tr("the index file could not be updated");
                return {};
            }
            emit statsReady(stats);
            if (stats.added + stats.changed + stats.removed == 0)
                return tr("Search index up to date (%1)").arg(pageCount());
            return tr("Search index updated: %1 changed, %2 added, %3 removed (%4)")
                .arg(stats.changed)
                .arg(stats.added)
                .arg(stats.removed)
                .arg(pageCount());
        }
        reason = rebuildReason(health);
    }

    store.close();
    if (!IndexStore::removeFiles(path)) {
        *memoryReason = tr("the old index file cannot be replaced");
        return {};
    }
    IndexStats stats;
    if (!store.openFile(path, WriterBusyTimeoutMs) || !store.create() || !store.update(m_pages, progressCallback(), &stats, m_fill)
        || !store.finishBulkLoad()) {
        store.close();
        IndexStore::removeFiles(path); // half an index would only be rebuilt next time
        if (!m_cancelled)
            *memoryReason = tr("the cache folder is read-only");
        return {};
    }
    emit databaseReady(path, false);
    emit statsReady(stats);
    return (existed ? tr("Search index rebuilt: %1 (%2)") : tr("Search index built: %1 (%2)")).arg(reason, pageCount());
}

QString SearchIndexer::indexInMemory(IndexStore &store, const QString &memoryReason)
{
    store.close();
    IndexStats stats;
    if (!store.openMemory(m_options.memoryUri) || !store.create() || !store.update(m_pages, progressCallback(), &stats, m_fill))
        return tr("Search is unavailable: the index could not be built");
    emit databaseReady(m_options.memoryUri, true);
    emit statsReady(stats);
    if (memoryReason.isEmpty())
        return tr("Search is ready (%1)").arg(pageCount());
    return tr("Search works until Rust Atlas is closed: %1 (%2)").arg(memoryReason, pageCount());
}
