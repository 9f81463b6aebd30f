// SPDX-License-Identifier: MIT
#include "indexstore.h"

#include "content/catalogue.h"
#include "fingerprint.h"
#include "rowbatch.h"
#include "searchquery.h"
#include "wordset.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

#include <array>
#include <utility>

namespace {

QAtomicInt connectionCounter;

/// Waits for a future when it goes out of scope.
struct FutureGuard
{
    QFuture<void> &future;
    ~FutureGuard() { future.waitForFinished(); }
};

} // namespace

bool IndexStore::openFile(const QString &path, int busyTimeoutMs)
{
    close();
    m_name = newConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    return m_db.open();
}

bool IndexStore::openMemory(const QString &uri)
{
    close();
    m_name = newConnectionName();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    m_db.setDatabaseName(uri);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
    return m_db.open();
}

void IndexStore::close()
{
    if (m_name.isEmpty())
        return;
    m_db.close();
    m_db = QSqlDatabase(); // removeDatabase() wants no handle left
    QSqlDatabase::removeDatabase(m_name);
    m_name.clear();
}

bool IndexStore::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    return query.exec(sql);
}

IndexStore::Health IndexStore::check()
{
    QSqlQuery query(m_db);
    // Garbage fails here with "file is not a database".
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Health::Damaged;
    const int version = query.value(0).toInt();
    // quick_check reads every page of the file: a second for the index of 100,000 pages. Larger
    // files rely on the probes below, and on a failing search asking for a rebuild.
    if (QFileInfo(m_db.databaseName()).size() <= QuickCheckLimit
        && (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next() || query.value(0).toString() != QLatin1String("ok")))
        return Health::Damaged;
    if (version == 0) {
        // An interrupted first write can leave an empty file behind: that is no old schema.
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !query.next())
            return Health::Damaged;
        return query.value(0).toInt() == 0 ? Health::Unfinished : Health::OlderSchema;
    }
    if (version < SchemaVersion)
        return Health::OlderSchema;
    if (version > SchemaVersion)
        return Health::NewerSchema;

    if (!query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'complete'")))
        return Health::Damaged;
    if (!query.next())
        return Health::Unfinished;
    // A sound B-tree can still hold a broken FTS5 table; one real query of each kind finds most.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM pages")) || !query.next()
        || !query.exec(QStringLiteral("SELECT word FROM vocab LIMIT 1")))
        return Health::Damaged;
    // Without ORDER BY rank: ranking every page holding "the" would take long on a large pack.
    query.prepare(QStringLiteral("SELECT rowid, rank, snippet(fts, 2, '', '', '', 4), outline FROM fts WHERE fts MATCH ? LIMIT 1"));
    query.addBindValue(QStringLiteral("\"the\" OR \"rust\""));
    if (!query.exec())
        return Health::Damaged;
    query.finish();

    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next() || query.value(0).toString() != QLatin1String("wal"))
        return Health::ReadOnly;
    query.finish();
    if (!exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Health::ReadOnly;
    exec(QStringLiteral("ROLLBACK"));
    exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    return Health::Healthy;
}

bool IndexStore::create()
{
    // A fresh file has no readers yet, so the bulk load can skip what protects them: a crash
    // leaves no 'complete' row, and the next check() rebuilds. The journal stays (in memory)
    // so that a cancelled load can still roll back.
    return exec(QStringLiteral("PRAGMA journal_mode=MEMORY")) && exec(QStringLiteral("PRAGMA synchronous=OFF"))
        && exec(QStringLiteral("PRAGMA cache_size=-32768")) && exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion))
        && exec(QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"))
        // Only what the incremental update, the exact-title rule and suggestions look up: page
        // content, outline included, lives in the FTS5 table and is read for results only.
        && exec(QStringLiteral("CREATE TABLE pages(docid INTEGER PRIMARY KEY, id TEXT NOT NULL, hash TEXT NOT NULL,"
                               " title TEXT NOT NULL, title_key TEXT NOT NULL)"))
        && exec(QStringLiteral("CREATE INDEX pages_title_key ON pages(title_key)"))
        // The headings of every page, for a query that names a section.
        && exec(QStringLiteral("CREATE TABLE sections(key TEXT NOT NULL, docid INTEGER NOT NULL)"))
        && exec(QStringLiteral("CREATE INDEX sections_key ON sections(key)"))
        && exec(QStringLiteral("CREATE TABLE vocab(word TEXT PRIMARY KEY, uses INTEGER NOT NULL) WITHOUT ROWID"))
        && exec(QStringLiteral("CREATE VIRTUAL TABLE fts USING fts5(title, headings, body, exact, code,"
                               " outline UNINDEXED,"
                               " tokenize='porter unicode61 remove_diacritics 2')"))
        // Stored in the index, so a plain ORDER BY rank weighs titles and headings above the body,
        // and a title's or heading's very word (exact) above its stem.
        && exec(QStringLiteral("INSERT INTO fts(fts, rank) VALUES('rank', 'bm25(10.0, 4.0, 1.0, 2.0, 2.0, 0.0)')"))
        // FTS5 buffers 1 MiB of terms before writing a segment, then keeps merging segments;
        // 64 MiB makes a bulk load write far fewer of them (measured: about a third faster).
        && exec(QStringLiteral("INSERT INTO fts(fts, rank) VALUES('hashsize', 67108864)"));
}

bool IndexStore::finishBulkLoad()
{
    return exec(QStringLiteral("PRAGMA journal_mode=WAL")) && exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
}

bool IndexStore::update(const QVector<IndexedPage> &pages, const Progress &progress, IndexStats *stats, const Fill &fill)
{
    IndexStats counts;
    if (!m_db.transaction())
        return false;
    const auto fail = [this] {
        m_db.rollback();
        return false;
    };

    struct Stored
    {
        qint64 docid;
        QByteArray hash;
    };
    QHash<QString, Stored> stored;
    qint64 nextDocid = 1;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT docid, id, hash FROM pages")))
        return fail();
    while (query.next()) {
        const qint64 docid = query.value(0).toLongLong();
        stored.insert(query.value(1).toString(), {docid, query.value(2).toByteArray()});
        nextDocid = std::max(nextDocid, docid + 1);
    }
    query.finish();

    // Prepared once, bound per page: parsing SQL per page would cost more than small pages.
    QSqlQuery insertText(m_db), deleteText(m_db);
    if (!insertText.prepare(
            QStringLiteral("INSERT INTO fts(rowid, title, headings, body, exact, code, outline) VALUES(?, ?, ?, ?, ?, ?, ?)"))
        || !deleteText.prepare(QStringLiteral("DELETE FROM fts WHERE rowid = ?")))
        return fail();
    const auto removeText = [&deleteText](qint64 docid) {
        deleteText.addBindValue(docid);
        return deleteText.exec();
    };

    // What changed, from the hashes alone; then all deletions, then all insertions. The pages
    // table is written after the FTS5 inserts, never between them: a statement that needs a
    // savepoint (an INSERT OR REPLACE, a multi-row INSERT) makes FTS5 flush its buffered terms
    // to a new segment, and doing that every few pages made indexing three times slower.
    struct Work
    {
        int page;
        qint64 docid;
        QByteArray hash;
    };
    QVector<Work> work;
    QStringList changed, gone; // docids, for the JSON lists below
    for (int i = 0; i < int(pages.size()); ++i) {
        const IndexedPage &page = pages.at(i);
        QByteArray hash = page.fingerprint.isEmpty() ? page.contentFingerprint() : page.fingerprint;
        const auto old = stored.constFind(page.id);
        if (old == stored.cend()) {
            work.push_back({i, nextDocid++, std::move(hash)});
            ++counts.added;
            continue;
        }
        if (old->hash == hash) {
            ++counts.unchanged;
        } else {
            work.push_back({i, old->docid, std::move(hash)});
            ++counts.changed;
            if (!removeText(old->docid))
                return fail();
            changed.push_back(QString::number(old->docid));
        }
        stored.erase(old);
    }

    for (const Stored &page : std::as_const(stored)) {
        if (!removeText(page.docid))
            return fail();
        gone.push_back(QString::number(page.docid));
        ++counts.removed;
    }

    QVector<std::array<QVariant, 5>> rows;
    WordSet words;
    QString sections; // [[key, docid], …] as JSON: keys are letters, digits and spaces only
    const int total = int(pages.size());
    const int skipped = total - int(work.size());
    // Pages given by fingerprint are read in batches on the other cores while SQLite inserts the
    // batch before: reading and parsing overlap with inserting.
    QVector<IndexedPage> current, next;
    QFuture<void> reading;
    const FutureGuard waitForReading{reading}; // before the batches go, also on failure
    const auto startReading = [&](int from) {
        next.clear();
        for (int b = from; b < std::min(from + FillBatch, int(work.size())); ++b)
            next.push_back(pages.at(work.at(b).page));
        if (fill)
            reading = QtConcurrent::map(next, [&fill](IndexedPage &page) {
                if (!page.fingerprint.isEmpty())
                    fill(&page);
            });
    };
    startReading(0);
    for (int k = 0; k < work.size(); ++k) {
        if (k % FillBatch == 0) {
            reading.waitForFinished();
            std::swap(current, next);
            if (k + FillBatch < work.size())
                startReading(k + FillBatch);
        }
        const IndexedPage &page = current.at(k % FillBatch);
        insertText.addBindValue(work.at(k).docid);
        insertText.addBindValue(page.title);
        insertText.addBindValue(page.headingsColumn());
        insertText.addBindValue(page.bodyColumn());
        insertText.addBindValue(page.exactColumn());
        insertText.addBindValue(page.codeColumn());
        insertText.addBindValue(page.outlineColumn());
        if (!insertText.exec())
            return fail();
        rows.push_back(
            {work.at(k).docid, page.id, QString::fromLatin1(work.at(k).hash), page.title, SearchQuery::normalizedTitle(page.title)});
        words.addWordsOf(page.text);
        for (const QString &key : page.sectionKeys())
            sections += QStringLiteral(",[\"%1\",%2]").arg(key).arg(work.at(k).docid);
        if (progress && !progress(skipped + k + 1, total))
            return fail();
    }
    if (progress && work.isEmpty() && !progress(total, total))
        return fail();
    // One statement each, with the rows as JSON. Words are only ever added and counted up: a
    // word no page has any more completes to nothing, harmlessly; counts only order completions.
    const std::pair<QString, QString> batches[] = {
        {QStringLiteral("DELETE FROM pages WHERE docid IN (SELECT value FROM json_each(?))"), u'[' + gone.join(u',') + u']'},
        {QStringLiteral("DELETE FROM sections WHERE docid IN (SELECT value FROM json_each(?))"), u'[' + (gone + changed).join(u',') + u']'},
        {QStringLiteral("INSERT INTO sections(key, docid) SELECT value->>0, value->>1 FROM json_each(?)"), u'[' + sections.mid(1) + u']'},
        {QStringLiteral("INSERT INTO vocab(word, uses) SELECT value->>0, value->>1 FROM json_each(?) WHERE true"
                        " ON CONFLICT(word) DO UPDATE SET uses = uses + excluded.uses"),
         words.json()},
    };
    for (const auto &[sql, json] : batches) {
        if (!query.prepare(sql))
            return fail();
        query.addBindValue(json);
        if (!query.exec())
            return fail();
    }
    RowBatch batch(m_db, QStringLiteral("INSERT OR REPLACE INTO pages(docid, id, hash, title, title_key)"), 5);
    for (const auto &row : std::as_const(rows)) {
        if (!batch.add({row[0], row[1], row[2], row[3], row[4]}))
            return fail();
    }
    if (!batch.flush())
        return fail();
    if (!query.exec(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('complete', '1')")) || !m_db.commit())
        return fail();
    if (stats)
        *stats = counts;
    return true;
}

QVector<IndexedPage> IndexStore::pagesOf(const Catalogue &catalogue)
{
    QVector<IndexedPage> pages;
    pages.reserve(catalogue.pages().size());
    for (const Page &page : catalogue.pages()) {
        Fingerprint fingerprint;
        fingerprint.add(QString::number(page.stamp, 16));
        fingerprint.add(page.title);
        pages.push_back({page.id, page.title, {}, {}, fingerprint.result()});
    }
    return pages;
}

IndexStore::Fill IndexStore::fillFrom(const Catalogue &catalogue)
{
    return [&catalogue](IndexedPage *page) { page->setContent(catalogue.parse(page->id)); };
}

QString IndexStore::fileNameFor(const QString &packRoot)
{
    const QFileInfo info(packRoot);
    const QString canonical = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    return QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex()) + QStringLiteral(".sqlite");
}

QString IndexStore::newConnectionName()
{
    return QStringLiteral("rust-atlas-search-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
}

QString IndexStore::newMemoryUri()
{
    // Shared-cache memory databases are named process-wide; the counter keeps two indexes apart.
    return QStringLiteral("file:rust-atlas-search-%1?mode=memory&cache=shared").arg(connectionCounter.fetchAndAddRelaxed(1));
}

bool IndexStore::removeFiles(const QString &path)
{
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"), QString()}) {
        const QFileInfo info(path + suffix);
        if (info.exists() || info.isSymLink())
            QFile::remove(info.filePath());
    }
    return !QFileInfo::exists(path);
}
