// SPDX-License-Identifier: MIT
#pragma once

#include "indexedpage.h"

#include <QByteArray>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <functional>

class Catalogue;

/// What one update of the index did, page by page.
struct IndexStats
{
    int added = 0;
    int changed = 0;
    int removed = 0;
    int unchanged = 0;
};
Q_DECLARE_METATYPE(IndexStats)

/// The SQLite side of the search index: one QSQLITE connection with a name of its own, used only
/// on the thread that opened it; the schema; the health check that decides whether a cached file
/// can be trusted; and the incremental update, in one transaction.
class IndexStore final
{
public:
    /// Raise when the schema or what goes into it changes: older files are then rebuilt.
    static constexpr int SchemaVersion = 4; ///< 4: exact and code columns, sections
    /// Files up to this size get a full PRAGMA quick_check when opened.
    static constexpr qint64 QuickCheckLimit = 32 * 1024 * 1024;
    /// How many pages an update reads at once (IndexStore::Fill), in parallel.
    static constexpr int FillBatch = 256;

    enum class Health {
        Healthy,
        Damaged, ///< Not a database, fails PRAGMA quick_check, or a query on it fails.
        Unfinished, ///< The indexing that wrote it was interrupted.
        OlderSchema, ///< PRAGMA user_version below SchemaVersion.
        NewerSchema,
        ReadOnly, ///< Sound, but it cannot be updated.
    };

    /// Called after each page; returning false cancels the update (rolled back).
    using Progress = std::function<bool(int done, int total)>;
    /// Supplies the headings and text of a page given by fingerprint only (read from disk).
    using Fill = std::function<void(IndexedPage *page)>;

    IndexStore() = default;
    ~IndexStore() { close(); }
    Q_DISABLE_COPY_MOVE(IndexStore)

    /// \a busyTimeoutMs: how long a statement waits for another connection's lock. Readers keep
    /// it short so the UI thread never blocks for long behind the indexer.
    bool openFile(const QString &path, int busyTimeoutMs);
    /// A shared-cache in-memory database (newMemoryUri()): it lives while any connection to it is open.
    bool openMemory(const QString &uri);
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase database() const { return m_db; }

    Health check();
    /// Creates the schema in an empty database, set up for one fast bulk load.
    bool create();
    /// Makes the index hold exactly \a pages: adds new ones, re-indexes those whose content hash
    /// changed, deletes the rest. \a stats may be null. False when cancelled or failed.
    bool update(const QVector<IndexedPage> &pages, const Progress &progress, IndexStats *stats, const Fill &fill = {});
    /// After a bulk load into a file: write-ahead logging from now on, so a reader sees the last
    /// committed state while a later update runs.
    bool finishBulkLoad();

    /// The pages of \a catalogue by fingerprint; fillFrom() reads the text of those that changed.
    static QVector<IndexedPage> pagesOf(const Catalogue &catalogue);
    static Fill fillFrom(const Catalogue &catalogue);
    /// The cache file of the pack at \a packRoot: the SHA-1 of its canonical path, so two packs
    /// never share an index and a moved pack gets a fresh one.
    static QString fileNameFor(const QString &packRoot);
    static QString newConnectionName();
    static QString newMemoryUri();
    /// Removes the database file and its journals; false when the file cannot be removed.
    static bool removeFiles(const QString &path);

private:
    bool exec(const QString &sql);

    QString m_name;
    QSqlDatabase m_db;
};
