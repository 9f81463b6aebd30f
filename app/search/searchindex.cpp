// SPDX-License-Identifier: MIT
#include "searchindex.h"

#include "content/catalogue.h"
#include "resultrow.h"
#include "searchindexer.h"
#include "searchquery.h"
#include "spellingcorrector.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>
#include <memory>

namespace {

// A reader in WAL mode waits only while the writer checkpoints or recovers: briefly.
constexpr int ReaderBusyTimeoutMs = 100;
constexpr int MaxCompletions = 8;
/// A heading found on more pages than this does not name one section.
constexpr int MaxNamedSections = 3;
} // namespace

SearchIndex::SearchIndex(QObject *parent) : QObject(parent), m_status(tr("Search index not built yet")) { }

SearchIndex::~SearchIndex() = default;

QString SearchIndex::defaultCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/search");
}

QString SearchIndex::cacheDirFor(const Catalogue &catalogue)
{
    return catalogue.root() == Catalogue::bundledRoot() ? QString() : defaultCacheDir();
}

void SearchIndex::buildInMemory(const Catalogue &catalogue)
{
    // Same thread: the worker's signals reach this object directly, before run() returns.
    const std::unique_ptr<SearchIndexer> indexer(createIndexer(catalogue));
    indexer->run();
}

void SearchIndex::open(const Catalogue &catalogue, const QString &cacheDir)
{
    const std::unique_ptr<SearchIndexer> indexer(createIndexer(catalogue, cacheDir));
    indexer->run();
}

void SearchIndex::markPending(const QString &status)
{
    m_indexing = true;
    m_status = status;
    emit statusChanged(m_status);
}

SearchIndexer *SearchIndex::createIndexer(const Catalogue &catalogue, const QString &cacheDir)
{
    const quint64 generation = ++m_generation;
    m_reader.close();
    m_indexing = true;
    m_inMemory = cacheDir.isEmpty();
    m_path.clear();
    m_stats = {};
    m_suggesterLoaded = false;
    m_status = tr("Indexing the pages for search\u2026");
    emit statusChanged(m_status);

    // The worker may end up in memory (also as a fallback); a connection opened here, before it
    // starts, keeps that database alive after the worker's own connection closes.
    const SearchIndexer::Options options{cacheDir, IndexStore::newMemoryUri(), m_rebuildReason};
    m_keeper.openMemory(options.memoryUri);
    auto *indexer = new SearchIndexer(IndexStore::pagesOf(catalogue), IndexStore::fillFrom(catalogue), catalogue.root(), options);
    connect(indexer, &SearchIndexer::databaseReady, this, [this, generation](const QString &name, bool inMemory) {
        if (generation == m_generation)
            attach(name, inMemory);
    });
    connect(indexer, &SearchIndexer::statsReady, this, [this, generation](const IndexStats &stats) {
        if (generation == m_generation)
            m_stats = stats;
    });
    connect(indexer, &SearchIndexer::finished, this, [this, generation](const QString &status) {
        if (generation == m_generation)
            finish(status);
    });
    return indexer;
}

void SearchIndex::attach(const QString &databaseName, bool inMemory)
{
    const bool opened = inMemory ? m_reader.openMemory(databaseName) : m_reader.openFile(databaseName, ReaderBusyTimeoutMs);
    if (!opened)
        m_reader.close();
    m_inMemory = inMemory;
    m_path = inMemory ? QString() : databaseName;
    m_suggesterLoaded = false;
}

void SearchIndex::finish(const QString &status)
{
    m_indexing = false;
    m_rebuildReason.clear();
    if (!m_inMemory)
        m_keeper.close();
    m_suggesterLoaded = false;
    m_status = status;
    emit statusChanged(m_status);
}

SearchResults SearchIndex::search(const QString &text, Matching matching, int limit, Spelling spelling)
{
    SearchResults out;
    const SearchQuery query(text, matching == Matching::PrefixLastWord);
    out.highlightTerms = query.highlightTerms();
    out.stillIndexing = m_indexing;
    if (!query.isSearchable()) {
        out.message = query.problem() == SearchQuery::Problem::OnlyExclusions
            ? tr("Add a word to look for: words after a minus sign only leave pages out.")
            : tr("Type a word to search for.");
        return out;
    }
    if (!m_reader.isOpen()) {
        out.message = m_indexing ? tr("Still indexing the pages; try again in a moment.")
                                 : tr("Search is not available: the pages have not been indexed.");
        return out;
    }
    if (!find(query, std::clamp(limit, 1, int(MaxLimit)), &out.results, &out.total)) {
        out.results.clear();
        if (m_indexing) {
            out.message = tr("Still indexing the pages; try again in a moment.");
        } else {
            m_rebuildReason = tr("a search failed on the old one");
            out.message = tr("Search failed because the search index is damaged; "
                             "it will be rebuilt the next time this pack is opened.");
        }
        return out;
    }
    if (out.results.isEmpty() && spelling == Spelling::Corrected) {
        if (const QString fixed = SpellingCorrector(m_reader.database()).corrected(query, text); !fixed.isEmpty()) {
            SearchResults again = search(fixed, matching, limit, Spelling::AsTyped);
            if (!again.results.isEmpty()) {
                again.correctedText = fixed;
                return again;
            }
        }
    }
    if (out.results.isEmpty()) {
        out.message = m_indexing ? tr("No matches yet; still indexing the pages.") : tr("No pages match your search.");
        out.suggestions = suggestions(text);
    }
    return out;
}

bool SearchIndex::find(const SearchQuery &query, int limit, QVector<SearchResult> *results, int *total)
{
    QSqlQuery sql(m_reader.database());
    sql.setForwardOnly(true); // no row cache: results are read once
    QStringList completions;
    if (const QString prefix = query.prefixWord(); !prefix.isEmpty()) {
        sql.prepare(
            QStringLiteral("SELECT word FROM vocab WHERE word >= ? AND word < ? ORDER BY uses DESC, word LIMIT %1").arg(MaxCompletions));
        sql.addBindValue(prefix);
        sql.addBindValue(QString(prefix + QChar(0xDBFF) + QChar(0xDFFF))); // U+10FFFF: after any continuation
        if (!sql.exec())
            return false;
        while (sql.next())
            completions.push_back(sql.value(0).toString());
    }
    const QString expression = query.matchExpression(completions);
    const QStringList terms = query.highlightTerms();
    // "20 of 31", counted only when the results fill the page: the count reads the matches'
    // page numbers, and stops at MaxCounted.
    const auto counted = [&] {
        *total = int(results->size());
        if (results->size() < limit)
            return true;
        QSqlQuery count(m_reader.database());
        count.prepare(QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM fts WHERE fts MATCH ? LIMIT ?)"));
        count.addBindValue(expression);
        count.addBindValue(SearchResults::MaxCounted);
        if (!count.exec() || !count.next())
            return false;
        *total = count.value(0).toInt();
        return true;
    };
    QVector<qint64> seen;
    const auto add = [&](const QSqlQuery &row, bool exactTitle, const QString &sectionKey = {}) {
        seen.push_back(row.value(0).toLongLong());
        results->push_back(ResultRow::read(row, terms, sectionKey));
        results->last().exactTitle = exactTitle;
    };

    // One page, found with the whole expression, so that its snippet marks every match.
    QSqlQuery page(m_reader.database());
    page.setForwardOnly(true);
    const auto addPage = [&](qint64 docid, bool exactTitle, const QString &sectionKey = {}) {
        if (results->size() >= limit || seen.contains(docid))
            return true;
        // Prepared on first use: most searches need no single page.
        if (page.lastQuery().isEmpty() && !page.prepare(ResultRow::Select + QStringLiteral(" AND fts.rowid = ?")))
            return false;
        page.addBindValue(expression);
        page.addBindValue(docid);
        if (!page.exec())
            return false;
        if (page.next())
            add(page, exactTitle, sectionKey);
        const bool ok = page.lastError().type() == QSqlError::NoError;
        page.finish();
        return ok;
    };
    // The first matches in \a order ("ORDER BY rank" or "ORDER BY fts.rowid"), with snippets; only
    // rows up to \a lastRow, when set.
    const auto addBest = [&](const QString &order, qint64 lastRow, const QString &matching) {
        sql.prepare(ResultRow::Select + (lastRow ? QStringLiteral(" AND fts.rowid <= ?") : QString()) + order + QStringLiteral(" LIMIT ?"));
        sql.addBindValue(matching);
        if (lastRow)
            sql.addBindValue(lastRow);
        sql.addBindValue(limit + int(seen.size()));
        if (!sql.exec())
            return false;
        while (results->size() < limit && sql.next()) {
            if (!seen.contains(sql.value(0).toLongLong()))
                add(sql, false);
        }
        return sql.lastError().type() == QSqlError::NoError;
    };
    // Ranking costs about 3 µs per matching page (bm25 reads each match's positions, and its
    // IDF each phrase's whole list), so a word on every page of 100,000 would take a third of a
    // second. Finding the rowid of the match after the first m_rankWindow, unranked, is cheap;
    // 0 when there is none.
    sql.prepare(QStringLiteral("SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid LIMIT 1 OFFSET ?"));
    sql.addBindValue(expression);
    sql.addBindValue(m_rankWindow);
    if (!sql.exec())
        return false;
    const qint64 end = sql.next() ? sql.value(0).toLongLong() : 0;
    if (sql.lastError().type() != QSqlError::NoError)
        return false;

    // The page whose whole title is the query comes first, even where bm25 prefers a longer page.
    // Then the page with a section of that name, opened there, unless the name is too common
    // to name a section ("Motivation", "Examples").
    const auto pagesNamed = [&](const QString &statement, int most, QVector<qint64> *docids) {
        sql.prepare(statement);
        sql.addBindValue(query.titleKey());
        sql.addBindValue(most + 1);
        if (!sql.exec())
            return false;
        while (sql.next())
            docids->push_back(sql.value(0).toLongLong());
        if (docids->size() > most)
            docids->clear();
        return sql.lastError().type() == QSqlError::NoError;
    };
    if (!query.titleKey().isEmpty()) {
        QVector<qint64> titled, sectioned;
        if (!pagesNamed(QStringLiteral("SELECT docid FROM pages WHERE title_key = ? LIMIT ?"), 8, &titled)
            || !pagesNamed(QStringLiteral("SELECT DISTINCT docid FROM sections WHERE key = ? LIMIT ?"), MaxNamedSections, &sectioned))
            return false;
        for (const qint64 docid : std::as_const(titled)) {
            if (!addPage(docid, true))
                return false;
        }
        for (const qint64 docid : std::as_const(sectioned)) {
            if (!addPage(docid, true, query.titleKey()))
                return false;
        }
    }
    if (!end) {
        // Pages where the words stand together, in the order typed, come before pages where
        // they are scattered, and a word being typed counts whole before its completions do
        // (SearchQuery::steps()). bm25 orders each group.
        for (const QString &step : query.steps(completions)) {
            if (results->size() < limit && !addBest(QStringLiteral(" ORDER BY rank"), 0, step))
                return false;
        }
        return counted();
    }

    // Too many matches to rank: the first pages of the pack that match, those with the words in
    // their title or headings first, as bm25 would have them. For words this common, which of
    // thousands of pages come next is of little use, and no search may take long.
    sql.prepare(QStringLiteral("SELECT rowid FROM fts WHERE fts MATCH ? AND rowid <= ? ORDER BY rowid LIMIT ?"));
    sql.addBindValue(query.matchExpression(completions, QStringLiteral("{title headings exact}")));
    sql.addBindValue(end);
    sql.addBindValue(limit);
    if (!sql.exec())
        return false;
    QVector<qint64> strong;
    while (sql.next())
        strong.push_back(sql.value(0).toLongLong());
    if (sql.lastError().type() != QSqlError::NoError)
        return false;
    for (const qint64 docid : std::as_const(strong)) {
        if (!addPage(docid, false))
            return false;
    }
    return (results->size() >= limit || addBest(QStringLiteral(" ORDER BY fts.rowid"), end, expression)) && counted();
}

QVector<TitleSuggestion> SearchIndex::suggestions(const QString &text, int count)
{
    // Reading titles from a memory index that the worker is writing would hit its table locks.
    if (!m_suggesterLoaded && m_reader.isOpen() && !(m_indexing && m_inMemory)) {
        QSqlQuery sql(m_reader.database());
        QVector<TitleSuggestion> titles;
        if (sql.exec(QStringLiteral("SELECT id, title FROM pages ORDER BY docid"))) {
            while (sql.next())
                titles.push_back({sql.value(0).toString(), sql.value(1).toString(), {}});
            m_suggester = TitleSuggester(titles);
            m_suggesterLoaded = !m_indexing; // while indexing the titles may still change
        }
    }
    return m_suggester.suggest(text.left(SearchQuery::MaxInputLength), count);
}
