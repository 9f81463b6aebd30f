// SPDX-License-Identifier: MIT
#pragma once

#include "indexstore.h"
#include "searchresult.h"
#include "titlesuggester.h"

#include <QObject>
#include <QString>

#include <algorithm>

class Catalogue;
class SearchIndexer;
class SearchQuery;

/// Full-text search over the pages of a pack: SQLite FTS5 through Qt Sql, used from the UI thread.
///
/// The bundled pack (a few dozen pages, indexed in milliseconds) goes into memory with
/// buildInMemory(). A --content folder keeps its index in a file under the cache folder
/// (defaultCacheDir(), or a test's temporary folder), updated page by page on open() and rebuilt
/// when it is missing, damaged, of an older schema or unfinished; when it cannot be written the
/// index is kept in memory. status() says which happened. createIndexer() does the same work
/// on another thread.
class SearchIndex final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchIndex)

public:
    enum class Matching { WholeWords, PrefixLastWord };
    static constexpr int DefaultLimit = 20;
    static constexpr int MaxLimit = 1000; ///< The most results one search returns

    explicit SearchIndex(QObject *parent = nullptr);
    ~SearchIndex() override;

    void buildInMemory(const Catalogue &catalogue);
    void open(const Catalogue &catalogue, const QString &cacheDir);
    /// A worker for a QThread that does what open() does (buildInMemory() with no \a cacheDir).
    /// The caller owns it and starts it; this index follows its signals, and connects to them
    /// before the caller can, so it is up to date when the caller's own slots run. Until it
    /// finishes, search() reads what the file held before, or answers "still indexing".
    SearchIndexer *createIndexer(const Catalogue &catalogue, const QString &cacheDir = {});

    enum class Spelling { Corrected, AsTyped };
    /// Never fails loudly: any text gives results, or none and a friendly message(). When
    /// nothing matches, misspelt words are corrected from the index's vocabulary and the text
    /// searched again (SearchResults::correctedText), unless \a spelling is AsTyped.
    SearchResults search(const QString &text, Matching matching = Matching::WholeWords, int limit = DefaultLimit,
                         Spelling spelling = Spelling::Corrected);
    /// The page titles closest to \a text, for when nothing matched.
    QVector<TitleSuggestion> suggestions(const QString &text, int count = 3);

    /// Matches are ranked by bm25 (titles 10, headings 4, body 1) when there are at most this
    /// many (default 1000; ranking costs about 3 µs a page). With more, the first matching pages
    /// of the pack come, those with the words in a title or heading first, so that a search for
    /// a word on every page stays fast.
    void setRankWindow(int pages) { m_rankWindow = std::max(1, pages); }

    bool isIndexing() const { return m_indexing; }
    /// Indexing will start soon (the pages are being read): searches say so meanwhile.
    void markPending(const QString &status);
    QString status() const { return m_status; }
    /// What the last (re)indexing changed: how many pages were added, re-indexed, removed.
    IndexStats lastUpdate() const { return m_stats; }
    bool isInMemory() const { return m_inMemory; }
    /// The index file; empty when the index is in memory.
    QString databasePath() const { return m_path; }
    /// A search failed on the index; the next open() or createIndexer() rebuilds it.
    bool needsRebuild() const { return !m_rebuildReason.isEmpty(); }

    /// QStandardPaths::CacheLocation + "/search".
    static QString defaultCacheDir();
    /// Where \a catalogue's index is kept: nowhere (in memory) for the bundled pack, which is
    /// indexed in milliseconds and changes only with the program, else defaultCacheDir().
    static QString cacheDirFor(const Catalogue &catalogue);

signals:
    void statusChanged(const QString &status);

private:
    void attach(const QString &databaseName, bool inMemory);
    void finish(const QString &status);
    /// The best @p limit matches of @p query, and in @p total how many match in all.
    bool find(const SearchQuery &query, int limit, QVector<SearchResult> *results, int *total);

    IndexStore m_keeper; ///< Holds the in-memory database open while a worker fills it.
    IndexStore m_reader;
    quint64 m_generation = 0; ///< Signals of a superseded worker are ignored.
    int m_rankWindow = 1000;
    bool m_indexing = false;
    bool m_inMemory = false;
    QString m_status;
    QString m_path;
    QString m_rebuildReason;
    IndexStats m_stats;
    TitleSuggester m_suggester;
    bool m_suggesterLoaded = false;
};
