// SPDX-License-Identifier: MIT
#include "content/catalogue.h"
#include "search/indexstore.h"
#include "search/searchindex.h"
#include "search/searchindexer.h"
#include "searchtestpack.h"

#include <QDir>
#include <QFileInfo>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace SearchTestPack;

// SearchIndexer run in a worker thread, as the application runs it, while SearchIndex answers
// searches on this one.
class TestSearchIndexer : public QObject
{
    Q_OBJECT

private slots:
    void workerInThread_data()
    {
        QTest::addColumn<bool>("persistent");
        QTest::newRow("in memory") << false;
        QTest::newRow("file") << true;
    }

    void workerInThread()
    {
        QFETCH(bool, persistent);
        QTemporaryDir pack, cache;
        writeLargePack(pack.path(), 600);
        const Catalogue catalogue = Catalogue::load(pack.path());
        QCOMPARE(catalogue.pages().size(), 600);

        SearchIndex index;
        QSignalSpy statusSpy(&index, &SearchIndex::statusChanged);
        SearchIndexer *indexer = index.createIndexer(catalogue, persistent ? cache.path() : QString());
        QThread thread;
        indexer->moveToThread(&thread);
        QSignalSpy progress(indexer, &SearchIndexer::progress);
        QSignalSpy finished(indexer, &SearchIndexer::finished);
        connect(&thread, &QThread::started, indexer, &SearchIndexer::run);
        // Direct: once indexing is over this thread blocks in wait(), where a queued quit()
        // posted a moment after the index's own finish could never run.
        connect(indexer, &SearchIndexer::finished, &thread, &QThread::quit, Qt::DirectConnection);
        connect(&thread, &QThread::finished, indexer, &QObject::deleteLater);
        thread.start();

        // Searching while it runs never errors: it reports "still indexing" or finds results.
        while (index.isIndexing()) {
            const SearchResults found = index.search(QStringLiteral("topic123"));
            QVERIFY(found.stillIndexing); // search() runs no events, so indexing cannot have ended
            QVERIFY(!found.message.isEmpty() || !found.results.isEmpty());
            QVERIFY(soundsFriendly(found.message));
            QVERIFY(!index.needsRebuild());
            statusSpy.wait(5); // lets the worker's signals in, and returns at once when it finishes
        }
        QVERIFY(thread.wait(60'000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(0).toInt(), 600);
        QCOMPARE(progress.last().at(1).toInt(), 600);
        int last = -1;
        for (const QList<QVariant> &step : progress) {
            QVERIFY(step.at(0).toInt() >= last);
            last = step.at(0).toInt();
        }
        const QString status = finished.first().at(0).toString();
        QCOMPARE(index.status(), status);
        QCOMPARE(statusSpy.last().at(0).toString(), status);
        QVERIFY2(status.startsWith(persistent ? QStringLiteral("Search index built: there was none") : QStringLiteral("Search is ready")),
                 qPrintable(status));
        QCOMPARE(index.isInMemory(), !persistent);
        QCOMPARE(index.lastUpdate().added, 600);
        const SearchResults found = index.search(QStringLiteral("topic123"));
        QCOMPARE(ids(found), QStringList{QStringLiteral("page-0123")});
        QVERIFY(!found.stillIndexing);
    }

    // While a persistent index is updated in a thread, the UI searches what was committed before.
    void searchDuringUpdateReadsCommittedState()
    {
        QTemporaryDir pack, cache;
        writeLargePack(pack.path(), 400);
        SearchIndex index;
        index.open(Catalogue::load(pack.path()), cache.path());
        QVERIFY(!index.isInMemory());

        writeLargePack(pack.path(), 400, "changed");
        const Catalogue changed = Catalogue::load(pack.path());
        SearchIndexer *indexer = index.createIndexer(changed, cache.path());
        QThread thread;
        indexer->moveToThread(&thread);
        QSignalSpy ready(indexer, &SearchIndexer::databaseReady);
        connect(&thread, &QThread::started, indexer, &SearchIndexer::run);
        // Direct: once indexing is over this thread blocks in wait(), where a queued quit()
        // posted a moment after the index's own finish could never run.
        connect(indexer, &SearchIndexer::finished, &thread, &QThread::quit, Qt::DirectConnection);
        connect(&thread, &QThread::finished, indexer, &QObject::deleteLater);
        // The worker waits, once it has handed over the index file, until a search has read it.
        QSemaphore searched;
        connect(
            indexer, &SearchIndexer::databaseReady, indexer, [&searched] { searched.acquire(); }, Qt::DirectConnection);
        thread.start();
        // Until the index has the file, searches say so; from then on, until the update is
        // over, every search reads a committed state, the old one or the new, each with page 7:
        // never a half-written one without it.
        int searchesWhileIndexing = 0;
        QSignalSpy statusChanged(&index, &SearchIndex::statusChanged);
        while (index.isIndexing()) {
            const SearchResults found = index.search(QStringLiteral("topic7"));
            QVERIFY(!index.needsRebuild());
            QVERIFY(found.stillIndexing);
            if (index.databasePath().isEmpty()) {
                QVERIFY2(found.message.startsWith(QStringLiteral("Still indexing")), qPrintable(found.message));
            } else {
                QCOMPARE(ids(found), QStringList{QStringLiteral("page-0007")});
                ++searchesWhileIndexing;
                searched.release();
            }
            statusChanged.wait(5);
        }
        QVERIFY(searchesWhileIndexing >= 1);
        QVERIFY(thread.wait(60'000));
        QVERIFY(ready.size() >= 1);
        QCOMPARE(index.lastUpdate().changed, 400);
        QVERIFY2(index.status().startsWith(QStringLiteral("Search index updated")), qPrintable(index.status()));
        QCOMPARE(ids(index.search(QStringLiteral("changed topic7"))), QStringList{QStringLiteral("page-0007")});
        qInfo("searches answered from a committed state while updating: %d", searchesWhileIndexing);
    }

    void cancelledIndexingLeavesNoHalfIndex()
    {
        QTemporaryDir pack, cache;
        writeLargePack(pack.path(), 300);
        const Catalogue catalogue = Catalogue::load(pack.path());
        SearchIndex index;
        SearchIndexer *indexer = index.createIndexer(catalogue, cache.path());
        QThread thread;
        indexer->moveToThread(&thread);
        // Direct: runs in the worker's thread, where interruption is asked of the running thread.
        connect(
            indexer, &SearchIndexer::progress, indexer,
            [&thread](int done) {
                if (done > 10)
                    thread.requestInterruption();
            },
            Qt::DirectConnection);
        QSignalSpy finished(indexer, &SearchIndexer::finished);
        connect(&thread, &QThread::started, indexer, &SearchIndexer::run);
        // Direct: this thread blocks in wait() and could not run a queued quit().
        connect(indexer, &SearchIndexer::finished, &thread, &QThread::quit, Qt::DirectConnection);
        thread.start();
        QVERIFY(thread.wait(60'000));
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("Search indexing was cancelled"));
        QCOMPARE(index.status(), QStringLiteral("Search indexing was cancelled"));
        QVERIFY(!QFileInfo::exists(QDir(cache.path()).filePath(IndexStore::fileNameFor(pack.path()))));
        delete indexer;

        index.open(catalogue, cache.path());
        QVERIFY2(index.status().startsWith(QStringLiteral("Search index built: there was none")), qPrintable(index.status()));
    }
};

QTEST_GUILESS_MAIN(TestSearchIndexer)
#include "tst_searchindexer.moc"
