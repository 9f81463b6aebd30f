// SPDX-License-Identifier: MIT
// kill -9 at many moments of the work that writes state: indexing a pack (first build and
// update), building its structure cache, saving bookmarks and saving settings. After each kill
// the next start must reach exactly what a run that was never interrupted reaches.
#include "bookmarks/bookmarkstore.h"
#include "stalesettingslock.h"
#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

constexpr int Pages = 1500;
const QStringList Queries = {QStringLiteral("ownership"), QStringLiteral("borrow checker"), QStringLiteral("lifetimes")};

/// Page \a i of the test pack, \a edition 1 or 2. Pages differ in length and in how often
/// they use each word, so that ranking has no ties.
QByteArray pageText(int i, int edition)
{
    const QByteArray words[] = {"ownership", "borrow", "checker", "lifetimes", "traits", "closures", "iterators"};
    QByteArray text = "# Page " + QByteArray::number(i) + " of edition " + QByteArray::number(edition) + "\n\n";
    for (int k = 0; k < 7; ++k)
        text
            += QByteArray(words[k] + ' ').repeated((i * (k + 3) + edition) % 5 + 1) + "and filler " + QByteArray::number(i * 7 + k) + ".\n";
    return text + QByteArray("More text about nothing in particular. ").repeated(i % 13 + 1) + '\n';
}

void writePack(const QString &root, int edition, int from = 0)
{
    for (int i = from; i < Pages; ++i)
        QVERIFY(TestFiles::write(root + QStringLiteral("/page-%1.md").arg(i), pageText(i, edition)));
}

/// A search's results without their rank numbers, sorted: the same pages, headings and snippets.
QStringList resultsOf(const QByteArray &json)
{
    QStringList results;
    const QJsonObject document = QJsonDocument::fromJson(json).object();
    for (const QJsonValue &value : document.value(QStringLiteral("results")).toArray()) {
        QJsonObject result = value.toObject();
        result.remove(QStringLiteral("rank"));
        results << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact));
    }
    std::sort(results.begin(), results.end());
    results << document.value(QStringLiteral("message")).toString();
    return results;
}

int lastAnnounced(QProcess &process)
{
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    return lines.last().toInt();
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void indexAndPackCacheRecoverFromAKill_data()
    {
        QTest::addColumn<bool>("update");
        QTest::newRow("first build") << false;
        QTest::newRow("update of a third of the pages") << true;
    }
    void indexAndPackCacheRecoverFromAKill()
    {
        QFETCH(bool, update);
        QTemporaryDir pack;
        const auto edit = [&] { writePack(pack.path(), 2, Pages * 2 / 3); };
        // The pack as the killed run sees it, and its cache before that run: empty, or the index
        // of the first edition when the run is an update.
        const auto prepare = [&](const QString &cacheHome) {
            writePack(pack.path(), 1);
            if (update) {
                search(pack.path(), cacheHome, Queries.first());
                edit();
            }
        };

        // What a fresh build gives, and how long the run to be killed takes.
        QTemporaryDir timedCache, freshCache;
        prepare(timedCache.path());
        QElapsedTimer timer;
        timer.start();
        search(pack.path(), timedCache.path(), Queries.first());
        const qint64 whole = timer.elapsed();
        const QStringList fresh = allResults(pack.path(), freshCache.path());
        QVERIFY(fresh.size() > 2 * Queries.size());

        int landed = 0;
        for (const double at : {0.03, 0.1, 0.2, 0.35, 0.5, 0.7}) {
            QTemporaryDir cache;
            prepare(cache.path());
            landed += killAt(pack.path(), cache.path(), qint64(at * whole));
            QCOMPARE(allResults(pack.path(), cache.path()), fresh);
        }
        qInfo("%d of 6 kills landed before the run ended (a whole run: %lld ms)", landed, whole);
        QVERIFY(landed >= 3); // a busy machine may finish the later ones first
    }

    void bookmarksSurviveAKill()
    {
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral("bookmarks.xbel"));
        for (int round = 0; round < 8; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(RUST_ATLAS_CRASH_WRITER), {QStringLiteral("bookmarks"), path});
            QVERIFY(writer.waitForReadyRead(10000));
            QTest::qWait(5 + round * 7);
            writer.kill();
            QVERIFY(writer.waitForFinished());
            const int saved = lastAnnounced(writer);
            BookmarkStore store(path);
            QVERIFY2(store.load(), qPrintable(store.error()));
            const auto &bookmarks = store.root().children;
            QVERIFY2(int(bookmarks.size()) >= saved, qPrintable(QStringLiteral("%1 < %2").arg(bookmarks.size()).arg(saved)));
            for (int i = 0; i < int(bookmarks.size()); ++i)
                QCOMPARE(bookmarks.at(size_t(i))->title, QString::number(i + 1)); // whole versions only
        }
    }

    void settingsSurviveAKill()
    {
        QTemporaryDir home;
        for (int round = 0; round < 8; ++round) {
            QProcess writer;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path());
            writer.setProcessEnvironment(environment);
            writer.start(QStringLiteral(RUST_ATLAS_CRASH_WRITER), {QStringLiteral("settings")});
            // A lock left by the killed writer is cleared at start: no 30-second wait for Qt to
            // call it stale.
            QVERIFY2(writer.waitForReadyRead(20000),
                     qPrintable(QDir(home.filePath(QStringLiteral("rust-atlas"))).entryList().join(u' ') + u' '
                                + QString::number(writer.state()) + u' ' + QString::fromLocal8Bit(writer.readAllStandardError())));
            QTest::qWait(5 + round * 7);
            writer.kill();
            QVERIFY(writer.waitForFinished());
            const int saved = lastAnnounced(writer);
            QSettings settings(home.filePath(QStringLiteral("rust-atlas/rust-atlas.conf")), QSettings::IniFormat);
            QCOMPARE(settings.status(), QSettings::NoError);
            const int version = settings.value(QStringLiteral("version")).toInt();
            QVERIFY2(version >= saved, qPrintable(QStringLiteral("%1 < %2").arg(version).arg(saved)));
            QCOMPARE(settings.value(QStringLiteral("window/state")).toByteArray(),
                     QByteArray(version % 512 * 1024, char('a' + version % 26))); // one whole version
        }
    }

    void staleSettingsLockIsClearedButALiveOneKept()
    {
        QTemporaryDir home;
        const QString settings = home.filePath(QStringLiteral("rust-atlas.conf"));
        const QString lockPath = settings + QStringLiteral(".lock");
        // A first start: no folder yet, nothing to clear, nothing made.
        QVERIFY(StaleSettingsLock::clear(home.filePath(QStringLiteral("no-such-folder/rust-atlas.conf"))));
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("no-such-folder"))));
        QVERIFY(TestFiles::write(lockPath, QByteArray())); // killed before it wrote its owner's name
        QVERIFY(StaleSettingsLock::clear(settings));
        QVERIFY(!QFile::exists(lockPath));
        QLockFile live(lockPath);
        QVERIFY(live.tryLock(0));
        QVERIFY(!StaleSettingsLock::clear(settings));
        QVERIFY(QFile::exists(lockPath));
    }

private:
    QProcessEnvironment environmentFor(const QString &cacheHome) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), cacheHome);
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), cacheHome + QStringLiteral("/config"));
        return environment;
    }

    QByteArray search(const QString &pack, const QString &cacheHome, const QString &query)
    {
        QProcess program;
        program.setProcessEnvironment(environmentFor(cacheHome));
        program.start(QStringLiteral(RUST_ATLAS_BINARY),
                      {QStringLiteral("--content"), pack, QStringLiteral("--search"), query, QStringLiteral("--json"),
                       QStringLiteral("--limit"), QStringLiteral("50")});
        if (!program.waitForFinished(120000) || program.exitCode() != 0)
            qWarning("search failed: %s", program.readAllStandardError().constData());
        return program.readAllStandardOutput();
    }

    QStringList allResults(const QString &pack, const QString &cacheHome)
    {
        QStringList all;
        for (const QString &query : Queries)
            all << query << resultsOf(search(pack, cacheHome, query));
        return all;
    }

    /// Starts a search that builds the pack's cache and index and kills it after \a ms; whether
    /// it was still running then.
    bool killAt(const QString &pack, const QString &cacheHome, qint64 ms)
    {
        QProcess program;
        program.setProcessEnvironment(environmentFor(cacheHome));
        program.start(QStringLiteral(RUST_ATLAS_BINARY),
                      {QStringLiteral("--content"), pack, QStringLiteral("--search"), Queries.first(), QStringLiteral("--json")});
        if (!program.waitForStarted() || program.waitForFinished(int(ms)))
            return false;
        program.kill(); // SIGKILL
        program.waitForFinished();
        return true;
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
