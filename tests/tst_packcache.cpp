// SPDX-License-Identifier: MIT
#include "library/packcache.h"
#include "testfiles.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace {
QStringList titles(const Catalogue &catalogue)
{
    QStringList out;
    for (const Page &page : catalogue.pages())
        out << page.id + u'=' + page.title;
    return out;
}

/// A file saved again: new text, and a modification time the stamp cannot miss.
void save(const QString &path, const QByteArray &text)
{
    QThread::msleep(5);
    QVERIFY(TestFiles::write(path, text));
}
} // namespace

class TestPackCache : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_cache.isValid());
        QVERIFY(m_packs.isValid());
    }

    void aRecordComesBackWhole()
    {
        const QString root = copy(QStringLiteral("vault"));
        const PackCache cache(m_cache.path());
        const Catalogue loaded = Catalogue::load(root);
        QVERIFY(cache.write(root, loaded.record()));
        const std::optional<CatalogueRecord> record = cache.read(root);
        QVERIFY(record);
        QCOMPARE(record->kind, PackKind::Vault);
        QCOMPARE(record->otherFiles, loaded.record().otherFiles);
        QCOMPARE(record->packProblems, loaded.record().packProblems);
        QCOMPARE(record->pages.size(), loaded.pages().size());
        for (int i = 0; i < record->pages.size(); ++i) {
            const Page &a = record->pages.at(i), &b = loaded.pages().at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.ownTitle, b.ownTitle);
            QCOMPARE(a.aliases, b.aliases);
            QCOMPARE(a.tags, b.tags);
            QCOMPARE(a.stamp, b.stamp);
            QCOMPARE(a.problems, b.problems);
        }
    }

    // A book: its includes, summary titles, problems and tree as a whole load gives them.
    void aPackOpenedBeforeOpensWithoutReadingPages()
    {
        const QString root = copy(QStringLiteral("book"));
        const PackCache cache(m_cache.path());
        const Catalogue first = cache.loadFresh(root);
        QVERIFY(first.pagesRead() > 0);
        QVERIFY(QFile::exists(cache.pathFor(root)));
        const Catalogue second = cache.open(root);
        QCOMPARE(second.pagesRead(), 0);
        QCOMPARE(second.kind(), PackKind::Book);
        QCOMPARE(titles(second), titles(first));
        QCOMPARE(second.problems().size(), first.problems().size());
        QCOMPARE(second.readingOrder(), first.readingOrder());
        QCOMPARE(second.tree().children.size(), first.tree().children.size());
        // Bodies are read when a page is shown.
        QVERIFY(second.content(QStringLiteral("first-steps")).plainText.contains(QStringLiteral("fn main")));
    }

    void onlyFilesSavedSinceAreReadAgain()
    {
        const QString root = copy(QStringLiteral("book"));
        const PackCache cache(m_cache.path());
        const Catalogue first = cache.loadFresh(root);
        const Catalogue same = cache.refresh(root, first.record());
        QVERIFY(same.isUnchanged());
        QCOMPARE(same.pagesRead(), 0);

        save(root + QStringLiteral("/src/cargo-habits.md"), "# Cargo habits\n\nRun `cargo fmt` before every commit.\n");
        const Catalogue edited = cache.refresh(root, first.record());
        QVERIFY(!edited.isUnchanged());
        QCOMPARE(edited.pagesRead(), 1);
        QVERIFY(edited.content(QStringLiteral("cargo-habits")).plainText.contains(QStringLiteral("before every commit")));
        // The cache now holds the edit: the next open reads nothing.
        QCOMPARE(cache.loadFresh(root).pagesRead(), 0);

        // An included file belongs to the pages that include it (two chapters show hello.rs).
        save(root + QStringLiteral("/listings/hello.rs"), "fn main() {\n    println!(\"changed listing\");\n}\n");
        const Catalogue included = cache.refresh(root, edited.record());
        QCOMPARE(included.pagesRead(), 2);
        QVERIFY(included.content(QStringLiteral("first-steps")).plainText.contains(QStringLiteral("changed listing")));
    }

    void addedAndRemovedPagesAreSeen()
    {
        const QString root = copy(QStringLiteral("plain"));
        const PackCache cache(m_cache.path());
        const Catalogue first = cache.loadFresh(root);
        QVERIFY(TestFiles::write(root + QStringLiteral("/extra/new-page.md"), "# A new page\n\nWords.\n"));
        const Catalogue added = cache.refresh(root, first.record());
        QCOMPARE(added.pagesRead(), 1);
        QCOMPARE(added.page(QStringLiteral("extra/new-page"))->title, QStringLiteral("A new page"));
        QCOMPARE(added.pages().size(), first.pages().size() + 1);

        QVERIFY(QFile::remove(root + QStringLiteral("/extra/new-page.md")));
        const Catalogue removed = cache.refresh(root, added.record());
        QVERIFY(!removed.isUnchanged());
        QCOMPARE(removed.pagesRead(), 0);
        QVERIFY(!removed.page(QStringLiteral("extra/new-page")));
        QCOMPARE(titles(removed), titles(first));
    }

    void aDamagedCacheIsReadAsNoneAndReplaced()
    {
        const QString root = copy(QStringLiteral("plain"));
        const PackCache cache(m_cache.path());
        QVERIFY(QDir().mkpath(m_cache.path()));
        QVERIFY(TestFiles::write(cache.pathFor(root), QByteArray(4096, 'x')));
        QVERIFY(!cache.read(root));
        const Catalogue catalogue = cache.loadFresh(root);
        QVERIFY(catalogue.pages().size() > 1);
        QVERIFY(cache.read(root)); // written anew
    }

    void aCacheOfAnotherVersionOrFolderIsNotUsed()
    {
        const QString root = copy(QStringLiteral("plain"));
        const QString other = copy(QStringLiteral("vault"));
        const PackCache cache(m_cache.path());
        cache.loadFresh(root);
        QVERIFY(QFile::copy(cache.pathFor(root), cache.pathFor(other)));
        QVERIFY(!cache.read(other));
        QCOMPARE(cache.loadFresh(other).kind(), PackKind::Vault);

        setUserVersion(cache.pathFor(root), PackCache::SchemaVersion + 1);
        QVERIFY(!cache.read(root));
    }

    void anUnwritableCacheLeavesThePackWorking()
    {
        const QString root = copy(QStringLiteral("plain"));
        // A file where the folder should be: as root, permissions alone would not stop a write.
        const QString blocked = m_cache.filePath(QStringLiteral("blocked"));
        QVERIFY(TestFiles::write(blocked, "not a folder"));
        const PackCache cache(blocked);
        QString error;
        QVERIFY(!cache.write(root, Catalogue::load(root).record(), &error));
        QVERIFY2(error.contains(QStringLiteral("cache folder")), qPrintable(error));
        QVERIFY(cache.loadFresh(root).pages().size() > 1);
        QCOMPARE(QFile(blocked).size(), qint64(12)); // untouched
    }

    void twoWritersLeaveOneWholeCache()
    {
        const QString root = copy(QStringLiteral("vault"));
        const PackCache cache(m_cache.filePath(QStringLiteral("writers")));
        const CatalogueRecord record = Catalogue::load(root).record();
        QFuture<bool> one = QtConcurrent::run([&] { return cache.write(root, record); });
        QFuture<bool> two = QtConcurrent::run([&] { return cache.write(root, record); });
        // Each writes under a name of its own and renames it: both succeed, one file remains.
        QVERIFY(one.result());
        QVERIFY(two.result());
        QCOMPARE(cache.read(root)->pages.size(), record.pages.size());
        QCOMPARE(QDir(m_cache.filePath(QStringLiteral("writers"))).entryList(QDir::Files).size(), 1);
    }

    // Never opened before: shown at once by file names, then read whole, then kept.
    void aNewPackOpensAsASketchThenIsRead()
    {
        const QString root = copy(QStringLiteral("vault"));
        const PackCache cache(m_cache.filePath(QStringLiteral("sketch")));
        const Catalogue sketch = cache.open(root, 0);
        QVERIFY(sketch.isSketch());
        QCOMPARE(sketch.pagesRead(), 0);
        QCOMPARE(sketch.kind(), PackKind::Vault); // judged from a sample of the pages
        QCOMPARE(sketch.page(QStringLiteral("concepts/borrowing"))->title, QStringLiteral("Borrowing"));
        QVERIFY(sketch.content(QStringLiteral("concepts/borrowing")).html.contains(QStringLiteral("<h1")));
        QVERIFY(!QFile::exists(cache.pathFor(root)));

        const Catalogue read = cache.refresh(root, sketch.record());
        QVERIFY(!read.isSketch());
        QVERIFY(!read.isUnchanged());
        QCOMPARE(read.pagesRead(), sketch.pages().size());
        QCOMPARE(read.errorCount(), Catalogue::load(root).errorCount());
        QVERIFY(read.errorCount() > 0); // the fixture's broken wikilink, found once the pages are read
        QVERIFY(!cache.open(root, 0).isSketch()); // from the cache now
    }

    void aPageGoneSinceLoadingSaysSo()
    {
        const QString root = copy(QStringLiteral("plain"));
        const Catalogue catalogue = PackCache(m_cache.path()).loadFresh(root);
        const QString id = catalogue.pages().last().id;
        QVERIFY(QFile::remove(root + u'/' + catalogue.pages().last().path));
        const ParsedPage content = catalogue.content(id);
        QVERIFY(!content.error.isEmpty());
        QVERIFY2(content.html.contains(QStringLiteral("cannot be read")), qPrintable(content.html));
    }

private:
    QString copy(const QString &fixture)
    {
        const QString to = m_packs.filePath(fixture + QString::number(++m_copies));
        if (!TestFiles::copyTree(QStringLiteral(RUST_ATLAS_TEST_DATA "/") + fixture, to))
            qFatal("cannot copy %s", qPrintable(fixture));
        return to;
    }

    static void setUserVersion(const QString &path, int version)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("edit"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=%1").arg(version)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("edit"));
    }

    QTemporaryDir m_cache;
    QTemporaryDir m_packs;
    int m_copies = 0;
};

QTEST_GUILESS_MAIN(TestPackCache)
#include "tst_packcache.moc"
