// SPDX-License-Identifier: MIT
#pragma once

#include "indexstore.h"

#include <QObject>
#include <QString>
#include <QVector>

/// Builds, repairs or updates a search index: a worker to move to a QThread (connect
/// QThread::started to run()), or to run() directly for a small pack.
///
/// Its QSqlDatabase connection is made inside run(), so it belongs to the thread that runs it
/// (Qt SQL connections must not cross threads). A persistent index is a file in write-ahead-log
/// mode, so while an update runs, SearchIndex searches the last committed state through its own
/// connection. An index in memory is a shared-cache database ("file:…?mode=memory&cache=shared",
/// opened with QSQLITE_OPEN_URI) that SearchIndex keeps open so that it outlives this worker; its
/// table locks would make a reader wait or fail, so until finished() SearchIndex answers "still
/// indexing" instead of reading it. QThread::requestInterruption() cancels (rolled back).
class SearchIndexer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchIndexer)

public:
    struct Options
    {
        QString cacheDir; ///< Where the pack's index file lives; empty: in memory.
        QString memoryUri; ///< The shared-cache database to use in memory (also as the fallback).
        QString rebuildReason; ///< Rebuild the file even if it looks sound, for this reason.
    };

    /// \a fill reads the text of pages given by fingerprint (IndexedPage::fingerprint) that changed.
    SearchIndexer(QVector<IndexedPage> pages, IndexStore::Fill fill, const QString &packRoot, const Options &options,
                  QObject *parent = nullptr);

public slots:
    void run();

signals:
    /// The index can be searched (as last committed) at \a databaseName: a file path, or the
    /// memory URI when \a inMemory.
    void databaseReady(const QString &databaseName, bool inMemory);
    void progress(int done, int total);
    void statsReady(const IndexStats &stats);
    /// Always the last signal, also after a failure or cancellation; says what happened.
    void finished(const QString &statusMessage);

private:
    /// The status when the file could be used; empty with \a memoryReason set when not.
    QString indexFile(IndexStore &store, QString *memoryReason);
    QString indexInMemory(IndexStore &store, const QString &memoryReason);
    IndexStore::Progress progressCallback();
    QString pageCount() const;

    QVector<IndexedPage> m_pages;
    IndexStore::Fill m_fill;
    QString m_root;
    Options m_options;
    bool m_cancelled = false;
};
