// SPDX-License-Identifier: MIT
#include "library/openpack.h"
#include "library/packcache.h"
#include "library/packwatcher.h"
#include "search/searchindex.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
void write(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    file.write(text);
}
} // namespace

class TestOpenPack : public QObject
{
    Q_OBJECT

private slots:
    void anEditIsReadAgain()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("index.md")), "# Home\n\nFirst words.\n");
        OpenPack pack(dir.path(), std::make_unique<const Catalogue>(Catalogue::load(dir.path())));
        QSignalSpy reloaded(&pack, &OpenPack::reloaded);
        QVERIFY(!pack.isWatching()); // not before the pack is on screen
        QTRY_VERIFY(pack.isWatching());
        write(dir.filePath(QStringLiteral("index.md")), "# Home again\n\nSecond words.\n");
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(pack.catalogue().page(QStringLiteral("index"))->title, QStringLiteral("Home again"));
    }

    void anEditReadsThatPageAlone()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 5; ++i)
            write(dir.filePath(QStringLiteral("page-%1.md").arg(i)), QStringLiteral("# Page %1\n").arg(i).toUtf8());
        OpenPack pack(dir.path(), std::make_unique<const Catalogue>(Catalogue::load(dir.path())));
        QSignalSpy reloaded(&pack, &OpenPack::reloaded);
        QTRY_VERIFY(pack.isWatching());
        write(dir.filePath(QStringLiteral("page-3.md")), "# Third, edited\n");
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(pack.catalogue().pagesRead(), 1);
        QCOMPARE(pack.catalogue().page(QStringLiteral("page-3"))->title, QStringLiteral("Third, edited"));
        QCOMPARE(pack.catalogue().page(QStringLiteral("page-4"))->title, QStringLiteral("Page 4"));
    }

    void aSketchIsReadAtOnceAndThenIndexed()
    {
        QTemporaryDir dir;
        QTemporaryDir cache;
        qputenv("XDG_CACHE_HOME", cache.path().toUtf8());
        write(dir.filePath(QStringLiteral("index.md")), "# The real title\n\nSome words about lifetimes.\n");
        OpenPack pack(dir.path(), std::make_unique<const Catalogue>(PackCache().open(dir.path(), 0)));
        QVERIFY(pack.catalogue().isSketch());
        QCOMPARE(pack.catalogue().page(QStringLiteral("index"))->title, QStringLiteral("Index"));
        pack.startIndexing(); // a search before the pages are read waits for them
        QVERIFY(pack.searchIndex().isIndexing());
        QSignalSpy reloaded(&pack, &OpenPack::reloaded);
        QVERIFY(reloaded.wait(5000));
        QCOMPARE(reloaded.first().first().toBool(), true);
        QCOMPARE(pack.catalogue().page(QStringLiteral("index"))->title, QStringLiteral("The real title"));
        QTRY_VERIFY_WITH_TIMEOUT(!pack.searchIndex().isIndexing(), 5000);
        QCOMPARE(pack.searchIndex().search(QStringLiteral("lifetimes")).results.size(), 1);
        qunsetenv("XDG_CACHE_HOME");
    }

    void aCacheThatCannotBeWrittenIsReported()
    {
        QTemporaryDir dir;
        QTemporaryDir home;
        const QString blocked = home.filePath(QStringLiteral("cache"));
        write(blocked, "a file where the cache folder should be");
        qputenv("XDG_CACHE_HOME", blocked.toUtf8());
        write(dir.filePath(QStringLiteral("index.md")), "# Home\n");
        OpenPack pack(dir.path(), std::make_unique<const Catalogue>(PackCache().open(dir.path(), 0)));
        QSignalSpy problem(&pack, &OpenPack::cacheProblem);
        QVERIFY(problem.wait(5000));
        QVERIFY2(problem.first().first().toString().contains(QStringLiteral("cache folder")),
                 qPrintable(problem.first().first().toString()));
        QTRY_COMPARE(pack.catalogue().page(QStringLiteral("index"))->title, QStringLiteral("Home")); // read all the same
        qunsetenv("XDG_CACHE_HOME");
    }

    void addedRemovedAndReplacedFilesAreSeen()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("index.md")), "# Home\n");
        QDir().mkpath(dir.filePath(QStringLiteral("notes")));
        OpenPack pack(dir.path(), std::make_unique<const Catalogue>(Catalogue::load(dir.path())));
        QSignalSpy reloaded(&pack, &OpenPack::reloaded);
        QTRY_VERIFY(pack.isWatching());

        write(dir.filePath(QStringLiteral("notes/new.md")), "# New note\n");
        QTRY_VERIFY_WITH_TIMEOUT(pack.catalogue().page(QStringLiteral("notes/new")), 5000);

        // Editors that save by writing a copy and renaming it over the page.
        write(dir.filePath(QStringLiteral("notes/.new.md.swp")), "# Saved safely\n");
        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("notes/new.md"))));
        QVERIFY(QFile::rename(dir.filePath(QStringLiteral("notes/.new.md.swp")), dir.filePath(QStringLiteral("notes/new.md"))));
        QTRY_COMPARE_WITH_TIMEOUT(pack.catalogue().page(QStringLiteral("notes/new"))->title, QStringLiteral("Saved safely"), 5000);
        // The replaced file is watched again: a later edit in place is seen too.
        write(dir.filePath(QStringLiteral("notes/new.md")), "# Edited in place\n");
        QTRY_COMPARE_WITH_TIMEOUT(pack.catalogue().page(QStringLiteral("notes/new"))->title, QStringLiteral("Edited in place"), 5000);

        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("notes/new.md"))));
        QTRY_VERIFY_WITH_TIMEOUT(!pack.catalogue().page(QStringLiteral("notes/new")), 5000);
        QVERIFY(reloaded.count() >= 4);
    }

    void aBurstOfChangesIsReadOnce()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("index.md")), "# Home\n");
        OpenPack pack(dir.path(), std::make_unique<const Catalogue>(Catalogue::load(dir.path())));
        QSignalSpy reloaded(&pack, &OpenPack::reloaded);
        QTRY_VERIFY(pack.isWatching());
        for (int i = 0; i < 20; ++i)
            write(dir.filePath(QStringLiteral("page-%1.md").arg(i)), "# A page\n");
        QVERIFY(reloaded.wait(5000));
        QTest::qWait(PackWatcher::QuietMs * 3);
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(pack.catalogue().pages().size(), 21);
    }

    void theIndexFollowsTheEdit()
    {
        QTemporaryDir dir;
        QTemporaryDir cache;
        qputenv("XDG_CACHE_HOME", cache.path().toUtf8());
        write(dir.filePath(QStringLiteral("index.md")), "# Home\n\nNothing rare here.\n");
        OpenPack pack(dir.path(), std::make_unique<const Catalogue>(Catalogue::load(dir.path())));
        pack.startIndexing();
        QTRY_VERIFY_WITH_TIMEOUT(!pack.searchIndex().isIndexing(), 10000);
        QVERIFY(pack.searchIndex().search(QStringLiteral("xylophone")).results.isEmpty());
        QTRY_VERIFY(pack.isWatching());
        write(dir.filePath(QStringLiteral("index.md")), "# Home\n\nA xylophone now.\n");
        QSignalSpy reloaded(&pack, &OpenPack::reloaded);
        QVERIFY(reloaded.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(!pack.searchIndex().isIndexing(), 10000);
        QCOMPARE(pack.searchIndex().search(QStringLiteral("xylophone")).results.size(), 1);
        QCOMPARE(pack.searchIndex().lastUpdate().changed, 1);
    }

    void theBundledPackIsNotWatched()
    {
        PackWatcher watcher;
        watcher.watch(Catalogue::load(Catalogue::bundledRoot()));
        QVERIFY(watcher.watchedPaths().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOpenPack)
#include "tst_openpack.moc"
