// SPDX-License-Identifier: MIT
#include "content/catalogue.h"
#include "englishplurals.h"
#include "search/indexstore.h"
#include "search/searchindex.h"
#include "searchtestpack.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

#include <memory>

using namespace SearchTestPack;

// The index on disk, through SearchIndex::open as the application uses it: incremental updates,
// the health check that rebuilds a damaged or foreign file, and the fallback to memory.

namespace {

QString corrupt(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return file.errorString();
    file.write(bytes);
    return {};
}

/// Runs SQL on an index file behind SearchIndex's back, as another program (or a crash) could.
bool tamper(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

/// The first column of the first row of \a sql on an index file, read behind SearchIndex's back.
QVariant scalar(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        QSqlQuery query(db);
        if (db.open() && query.exec(sql) && query.next())
            value = query.value(0);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return value;
}

} // namespace

class TestIndexStore : public QObject
{
    Q_OBJECT

private slots:
    // The zoo pack of tst_searchindex: a small real pack to write to the cache and damage.
    void initTestCase()
    {
        QVERIFY(installEnglishPlurals());
        QVERIFY(m_zooDir.isValid());
        writeFiles(m_zooDir.path(), zooPack());
        m_zoo = std::make_unique<Catalogue>(Catalogue::load(m_zooDir.path()));
        QCOMPARE(m_zoo->pages().size(), zooPack().size());
    }

    void persistentIndexUpdatesOnlyWhatChanged()
    {
        QTemporaryDir pack, cache;
        Files files;
        for (const char letter : {'a', 'b', 'c', 'd', 'e'})
            files.insert(QStringLiteral("page-%1.md").arg(QLatin1Char(letter)),
                         QByteArray("# Page ") + letter + "\n\nThe unique word is alpha" + letter + ".\n");
        writeFiles(pack.path(), files);

        SearchIndex first;
        first.open(Catalogue::load(pack.path()), cache.path());
        QVERIFY2(first.status().startsWith(QStringLiteral("Search index built: there was none")), qPrintable(first.status()));
        QVERIFY(!first.isInMemory());
        QVERIFY(first.databasePath().startsWith(cache.path()));
        QVERIFY(QFileInfo(first.databasePath()).isFile());
        QCOMPARE(first.lastUpdate().added, 5);
        QCOMPARE(ids(first.search(QStringLiteral("alphac"))), QStringList{QStringLiteral("page-c")});

        SearchIndex reopened;
        reopened.open(Catalogue::load(pack.path()), cache.path());
        QVERIFY2(reopened.status().startsWith(QStringLiteral("Search index up to date")), qPrintable(reopened.status()));
        QCOMPARE(reopened.databasePath(), first.databasePath());
        QCOMPARE(reopened.lastUpdate().unchanged, 5);
        QCOMPARE(reopened.lastUpdate().added + reopened.lastUpdate().changed + reopened.lastUpdate().removed, 0);

        writeFiles(pack.path(), {{QStringLiteral("page-c.md"), "# Page c\n\nNow it says xylophone.\n"}});
        SearchIndex changed;
        changed.open(Catalogue::load(pack.path()), cache.path());
        QVERIFY2(changed.status().startsWith(QStringLiteral("Search index updated")), qPrintable(changed.status()));
        QCOMPARE(changed.lastUpdate().changed, 1);
        QCOMPARE(changed.lastUpdate().unchanged, 4);
        QCOMPARE(changed.lastUpdate().added + changed.lastUpdate().removed, 0);
        QCOMPARE(ids(changed.search(QStringLiteral("xylophone"))), QStringList{QStringLiteral("page-c")});
        QVERIFY(changed.search(QStringLiteral("alphac")).results.isEmpty());
        QCOMPARE(ids(changed.search(QStringLiteral("xyloph"), SearchIndex::Matching::PrefixLastWord)),
                 QStringList{QStringLiteral("page-c")});

        QVERIFY(QFile::remove(QDir(pack.path()).filePath(QStringLiteral("page-d.md"))));
        writeFiles(pack.path(), {{QStringLiteral("page-f.md"), "# Page f\n\nThe unique word is alphaf.\n"}});
        SearchIndex removed;
        removed.open(Catalogue::load(pack.path()), cache.path());
        QCOMPARE(removed.lastUpdate().removed, 1);
        QCOMPARE(removed.lastUpdate().added, 1);
        QCOMPARE(removed.lastUpdate().unchanged, 4);
        QVERIFY(removed.search(QStringLiteral("alphad")).results.isEmpty());
        QCOMPARE(ids(removed.search(QStringLiteral("alphaf"))), QStringList{QStringLiteral("page-f")});
        const QVector<TitleSuggestion> suggested = removed.suggestions(QStringLiteral("pgae"), 10);
        QCOMPARE(suggested.size(), 5);
        for (const TitleSuggestion &suggestion : suggested)
            QVERIFY(suggestion.pageId != QLatin1String("page-d"));
    }

    void sectionsFollowUpdates()
    {
        QTemporaryDir pack, cache;
        writeFiles(pack.path(),
                   {{QStringLiteral("page-a.md"), "# Page a\n\n## Tidal pools\n\nWater.\n"},
                    {QStringLiteral("page-b.md"), "# Page b\n\n## Coral reefs\n\nFish.\n"}});
        SearchIndex first;
        first.open(Catalogue::load(pack.path()), cache.path());
        SearchResults found = first.search(QStringLiteral("tidal pools"));
        QCOMPARE(ids(found), QStringList{QStringLiteral("page-a")});
        QVERIFY(found.results.first().exactTitle);
        QCOMPARE(found.results.first().anchor, QStringLiteral("tidal-pools"));
        QCOMPARE(scalar(first.databasePath(), QStringLiteral("SELECT count(*) FROM sections")).toInt(), 2);

        writeFiles(pack.path(), {{QStringLiteral("page-a.md"), "# Page a\n\n## Kelp forests\n\nWater.\n"}});
        QVERIFY(QFile::remove(QDir(pack.path()).filePath(QStringLiteral("page-b.md"))));
        SearchIndex updated;
        updated.open(Catalogue::load(pack.path()), cache.path());
        QCOMPARE(updated.lastUpdate().changed, 1);
        QCOMPARE(updated.lastUpdate().removed, 1);
        QVERIFY(updated.search(QStringLiteral("tidal pools")).results.isEmpty());
        found = updated.search(QStringLiteral("Kelp forests"));
        QCOMPARE(ids(found), QStringList{QStringLiteral("page-a")});
        QCOMPARE(found.results.first().anchor, QStringLiteral("kelp-forests"));
        // The changed page's old section and the removed page's are gone, not only unreachable.
        QCOMPARE(scalar(updated.databasePath(), QStringLiteral("SELECT group_concat(key) FROM sections")).toString(),
                 QStringLiteral("kelp forests"));
    }

    void damagedIndexIsRebuilt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("status");
        QTest::newRow("garbage") << "garbage"
                                 << "Search index rebuilt: the old one was damaged";
        QTest::newRow("header only") << "header"
                                     << "Search index rebuilt: the old one was damaged";
        QTest::newRow("emptied") << "empty"
                                 << "Search index rebuilt: the last indexing did not finish";
        QTest::newRow("table dropped") << "DROP TABLE vocab"
                                       << "Search index rebuilt: the old one was damaged";
        QTest::newRow("unfinished") << "DELETE FROM meta"
                                    << "Search index rebuilt: the last indexing did not finish";
        QTest::newRow("older schema") << QStringLiteral("PRAGMA user_version=%1").arg(IndexStore::SchemaVersion - 1)
                                      << "Search index rebuilt: the old one was made by an older version of Rust Atlas";
        QTest::newRow("newer schema") << QStringLiteral("PRAGMA user_version=%1").arg(IndexStore::SchemaVersion + 1)
                                      << "Search index rebuilt: the old one was made by a newer version of Rust Atlas";
    }

    void damagedIndexIsRebuilt()
    {
        QFETCH(QString, damage);
        QFETCH(QString, status);
        QTemporaryDir cache;
        QString path;
        {
            SearchIndex index;
            index.open(*m_zoo, cache.path());
            path = index.databasePath();
            QVERIFY(QFileInfo(path).isFile());
        }
        if (damage == QLatin1String("garbage")) {
            QByteArray bytes;
            for (int i = 0; i < 64 * 1024; ++i)
                bytes += char((i * 7919) % 251);
            QCOMPARE(corrupt(path, bytes), QString());
        } else if (damage == QLatin1String("header")) {
            QCOMPARE(corrupt(path, QByteArray("SQLite format 3") + '\0' + QByteArray(84, '\xff')), QString());
        } else if (damage == QLatin1String("empty")) {
            QCOMPARE(corrupt(path, {}), QString());
        } else {
            QVERIFY(tamper(path, damage));
        }

        SearchIndex index;
        index.open(*m_zoo, cache.path());
        QCOMPARE(index.status(), status + QStringLiteral(" (%1 pages)").arg(m_zoo->pages().size()));
        QCOMPARE(index.lastUpdate().added, int(m_zoo->pages().size()));
        QVERIFY(!index.isInMemory());
        QCOMPARE(ids(index.search(QStringLiteral("numbat"))), QStringList{QStringLiteral("sections")});

        SearchIndex again;
        again.open(*m_zoo, cache.path());
        QVERIFY2(again.status().startsWith(QStringLiteral("Search index up to date")), qPrintable(again.status()));
    }

    void failedSearchRebuildsOnNextOpen()
    {
        QTemporaryDir cache;
        SearchIndex index;
        index.open(*m_zoo, cache.path());
        QVERIFY(tamper(index.databasePath(), QStringLiteral("DROP TABLE pages")));
        const SearchResults found = index.search(QStringLiteral("numbat"));
        QVERIFY(found.results.isEmpty());
        QVERIFY2(soundsFriendly(found.message), qPrintable(found.message));
        QVERIFY(index.needsRebuild());
        index.open(*m_zoo, cache.path());
        QVERIFY2(index.status().startsWith(QStringLiteral("Search index rebuilt: a search failed")), qPrintable(index.status()));
        QVERIFY(!index.needsRebuild());
        QCOMPARE(ids(index.search(QStringLiteral("numbat"))), QStringList{QStringLiteral("sections")});
    }

    // Tests run as root in CI, where chmod 0555 does not stop writes: a cache folder below a
    // regular file cannot exist, and an index "file" that is a folder cannot be replaced.
    void unwritableCacheKeepsIndexInMemory_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("reason");
        QTest::newRow("folder below a file") << "below file"
                                             << "the cache folder cannot be created";
        QTest::newRow("index path is a folder") << "folder"
                                                << "the old index file cannot be replaced";
    }

    void unwritableCacheKeepsIndexInMemory()
    {
        QFETCH(QString, how);
        QFETCH(QString, reason);
        QTemporaryDir scratch;
        QString cacheDir = scratch.filePath(QStringLiteral("cache"));
        if (how == QLatin1String("below file")) {
            writeFiles(scratch.path(), {{QStringLiteral("file"), "not a folder"}});
            cacheDir = scratch.filePath(QStringLiteral("file/cache"));
        } else {
            QVERIFY(QDir().mkpath(QDir(cacheDir).filePath(IndexStore::fileNameFor(m_zoo->root()))));
        }
        SearchIndex index;
        index.open(*m_zoo, cacheDir);
        QCOMPARE(index.status(),
                 QStringLiteral("Search works until Rust Atlas is closed: %1 (%2 pages)").arg(reason).arg(m_zoo->pages().size()));
        QVERIFY(index.isInMemory());
        QVERIFY(index.databasePath().isEmpty());
        QCOMPARE(ids(index.search(QStringLiteral("numbat"))), QStringList{QStringLiteral("sections")});
    }

    void fileNameIsPerPack()
    {
        QTemporaryDir a, b;
        QCOMPARE(IndexStore::fileNameFor(a.path()), IndexStore::fileNameFor(a.path() + QStringLiteral("/.")));
        QVERIFY(IndexStore::fileNameFor(a.path()) != IndexStore::fileNameFor(b.path()));
        QVERIFY(IndexStore::fileNameFor(a.path()).contains(QRegularExpression(QStringLiteral("^[0-9a-f]{40}\\.sqlite$"))));
    }

private:
    QTemporaryDir m_zooDir;
    std::unique_ptr<Catalogue> m_zoo;
};

QTEST_GUILESS_MAIN(TestIndexStore)
#include "tst_indexstore.moc"
