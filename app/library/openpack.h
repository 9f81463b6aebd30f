// SPDX-License-Identifier: MIT
#pragma once

#include "content/catalogue.h"
#include "librarysearch.h"
#include "navigation/navigationhistory.h"

#include <QObject>

#include <memory>

class IndexingThread;
class PackWatcher;
class SearchIndex;
template<typename T>
class QFutureWatcher;

/// A pack the library has open: its content, its search index (built on first use) and the
/// reader's place in it, kept while the reader looks at another pack. A pack on disk is
/// watched: when its author saves, it is read again on a worker thread and replaces the old
/// content at once (reloaded()); the index is then updated for the pages that changed. A pack
/// opened as a sketch (PackCache::open()) is read the same way, at once.
class OpenPack final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenPack)

public:
    OpenPack(const QString &root, std::unique_ptr<const Catalogue> catalogue, QObject *parent = nullptr);
    ~OpenPack() override;

    /// The folder the pack was opened from (the library's key for it).
    QString root() const { return m_root; }
    const Catalogue &catalogue() const { return *m_catalogue; }
    SearchIndex &searchIndex() const { return *m_searchIndex; }
    /// Starts indexing once, on a worker thread; later calls do nothing.
    void startIndexing();
    IndexingThread &indexing() const { return *m_indexing; }
    /// What searching this pack needs; starts its indexing, as a search will want it.
    SearchSource searchSource();

    /// Reads the pack again now (also what an author's save does, by itself).
    void reload();
    /// Whether saves are being followed (from WatchDelayMs after opening, for a pack on disk).
    bool isWatching() const;
    static constexpr int WatchDelayMs = 500;

    NavigationHistory &history() { return m_history; }
    int scrollPosition() const { return m_scroll; }
    void setScrollPosition(int position) { m_scroll = position; }

signals:
    /// The content was replaced: views holding the old catalogue must take the new one.
    /// \a firstRead: the pack was a sketch, and its pages have now been read.
    void reloaded(bool firstRead);
    /// The pack's cache (PackCache) could not be written, for \a reason: it opens more slowly next time.
    void cacheProblem(const QString &reason);

private:
    void replaceCatalogue(std::unique_ptr<const Catalogue> catalogue);

    QString m_root;
    std::unique_ptr<const Catalogue> m_catalogue;
    SearchIndex *m_searchIndex;
    IndexingThread *m_indexing;
    PackWatcher *m_watcher;
    QFutureWatcher<Catalogue> *m_loading;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    std::shared_ptr<QString> m_cacheError = std::make_shared<QString>(); ///< Written by the reload, read when it ends.
    bool m_indexingStarted = false;
    bool m_reloadAgain = false;
    NavigationHistory m_history;
    int m_scroll = 0;
};
