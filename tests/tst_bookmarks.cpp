// SPDX-License-Identifier: MIT
// Bookmarks as XBEL 1.0: a round trip, files of other programs, and files that must not be
// trusted or lost (malformed, hostile, huge, too deep), through the store and `--bookmarks`.
#include "bookmarks/bookmarkstore.h"
#include "bookmarks/xbel.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray data(const char *name)
{
    QFile file(QStringLiteral(RUST_ATLAS_TEST_DATA "/xbel/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

std::unique_ptr<BookmarkNode> folder(const QString &title)
{
    auto node = std::make_unique<BookmarkNode>();
    node->title = title;
    return node;
}

std::unique_ptr<BookmarkNode> bookmark(const QString &title, const QString &href, const QString &pack, const QString &page)
{
    auto node = std::make_unique<BookmarkNode>();
    node->kind = BookmarkNode::Kind::Bookmark;
    node->title = title;
    node->href = href;
    node->packRoot = pack;
    node->pageId = page;
    node->added = QDateTime(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC);
    return node;
}

} // namespace

class TestBookmarks : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        BookmarkNode root;
        BookmarkNode *rust = root.add(folder(QStringLiteral("Rust & <friends>")));
        rust->add(bookmark(QStringLiteral("Audio \"and\" music"), QStringLiteral("atlas:categories/audio"), {},
                           QStringLiteral("categories/audio#why-rust-fits")));
        BookmarkNode *deeper = rust->add(folder(QStringLiteral("Books")));
        deeper->add(bookmark(QStringLiteral("Borrowing"), QStringLiteral("file:///home/me/book/src/borrowing.md"),
                             QStringLiteral("/home/me/book"), QStringLiteral("borrowing")));
        root.add(bookmark(QStringLiteral("Home"), QStringLiteral("atlas:index"), {}, QStringLiteral("index")));

        QString error;
        const QByteArray xml = Xbel::write(root);
        QVERIFY(xml.contains("<xbel version=\"1.0\">"));
        const std::unique_ptr<BookmarkNode> read = Xbel::read(xml, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(Xbel::write(*read), xml); // nothing lost, nothing added
        QCOMPARE(read->children.size(), size_t(2));
        const BookmarkNode &readRust = *read->children.at(0);
        QCOMPARE(readRust.title, QStringLiteral("Rust & <friends>"));
        QCOMPARE(readRust.children.at(0)->pageId, QStringLiteral("categories/audio#why-rust-fits"));
        QCOMPARE(readRust.children.at(0)->added, QDateTime(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC));
        QCOMPARE(readRust.children.at(1)->children.at(0)->packRoot, QStringLiteral("/home/me/book"));
        QCOMPARE(read->bookmarkCount(), 3);
    }

    void readsOtherProgramsFiles()
    {
        QString error;
        const std::unique_ptr<BookmarkNode> root = Xbel::read(data("foreign.xbel"), &error);
        QVERIFY2(root, qPrintable(error));
        QCOMPARE(root->children.size(), size_t(1));
        const BookmarkNode &list = *root->children.at(0);
        QCOMPARE(list.title, QStringLiteral("Reading list"));
        QCOMPARE(list.children.size(), size_t(2));
        QCOMPARE(list.children.at(0)->title, QStringLiteral("Audio and music"));
        QCOMPARE(list.children.at(0)->pageId, QStringLiteral("categories/audio")); // from its atlas: href
        QCOMPARE(list.children.at(1)->children.at(0)->title, QStringLiteral("The Rust site"));
        QCOMPARE(list.children.at(1)->children.at(0)->href, QStringLiteral("https://www.rust-lang.org/"));
    }

    void refusesWhatItCannotTrust_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not XML") << QByteArray("this is not xml <") << "line 1";
        QTest::newRow("unclosed") << QByteArray("<xbel version=\"1.0\"><folder><title>x</title>") << "line 1";
        QTest::newRow("other XML") << QByteArray("<html><body/></html>") << "no XBEL file";
        QTest::newRow("other version") << QByteArray("<xbel version=\"2.0\"/>") << "version 2.0";
        QTest::newRow("empty") << QByteArray() << "";
        QTest::newRow("entity bomb") << data("laughs.xbel") << "line";
        QTest::newRow("too deep") << QByteArray("<xbel>" + QByteArray("<folder>").repeated(100000)) << "nested deeper";
        QTest::newRow("too large") << QByteArray(Xbel::MaxBytes + 1, ' ') << "larger than";
    }

    void refusesWhatItCannotTrust()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!Xbel::read(xml, &error));
        QVERIFY2(error.contains(reason), qPrintable(error));
        QVERIFY(!error.contains(u'\n')); // one line
    }

    void externalEntitiesAreNeverRead()
    {
        QString error;
        const std::unique_ptr<BookmarkNode> root = Xbel::read(data("external.xbel"), &error);
        if (root) {
            QCOMPARE(root->children.size(), size_t(1));
            QVERIFY(!root->children.at(0)->title.contains(QStringLiteral("root:")));
        } else {
            QVERIFY(!error.contains(QStringLiteral("root:")));
        }
    }

    void malformedFileIsReportedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bookmarks.xbel"));
        const QByteArray broken = "<xbel version=\"1.0\"><folder><title>Mine</title><bookmark href=\"atlas:index\">";
        QVERIFY(writeFile(path, broken));
        BookmarkStore store(path);
        QVERIFY(!store.load());
        QVERIFY2(store.error().contains(QStringLiteral("cannot be read")), qPrintable(store.error()));
        QVERIFY(store.error().contains(QStringLiteral("left as it is")));
        QVERIFY(!store.canSave());
        store.root().add(bookmark(QStringLiteral("New"), QStringLiteral("atlas:index"), {}, QStringLiteral("index")));
        QVERIFY(!store.save());
        QCOMPARE(fileBytes(path), broken); // the user's file, untouched
    }

    void savesAtomicallyAndLoadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/bookmarks.xbel"));
        BookmarkStore store(path);
        QVERIFY(store.load()); // no file yet: no bookmarks, no error
        QVERIFY(store.error().isEmpty());
        store.root().add(bookmark(QStringLiteral("Home"), QStringLiteral("atlas:index"), {}, QStringLiteral("index")));
        QVERIFY2(store.save(), qPrintable(store.error()));
        BookmarkStore again(path);
        QVERIFY(again.load());
        QCOMPARE(again.root().bookmarkCount(), 1);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files), QStringList{QStringLiteral("bookmarks.xbel")});
    }

    void importsAndExports()
    {
        QTemporaryDir dir;
        const QString foreign = dir.filePath(QStringLiteral("Reading.xbel"));
        QVERIFY(writeFile(foreign, data("foreign.xbel")));
        BookmarkStore store(dir.filePath(QStringLiteral("bookmarks.xbel")));
        QVERIFY(store.importFile(foreign));
        QCOMPARE(store.root().children.back()->title, QStringLiteral("Reading"));
        QCOMPARE(store.root().bookmarkCount(), 2);
        const QString exported = dir.filePath(QStringLiteral("out.xbel"));
        QVERIFY(store.exportFile(exported));
        QString error;
        const std::unique_ptr<BookmarkNode> back = Xbel::read(fileBytes(exported), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->bookmarkCount(), 2);
        QVERIFY(!store.importFile(dir.filePath(QStringLiteral("missing.xbel"))));
        QVERIFY(store.error().contains(QStringLiteral("cannot be imported")));
    }

    void commandLinePrintsThemOrFails()
    {
        QTemporaryDir home;
        // QStandardPaths::AppDataLocation: $XDG_DATA_HOME/<organisation>/<application>.
        const QString dataDir = home.filePath(QStringLiteral("rust-atlas/rust-atlas"));
        QVERIFY(QDir().mkpath(dataDir));
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
        process.setProcessEnvironment(environment);
        const auto run = [&process] {
            process.start(QStringLiteral(RUST_ATLAS_BINARY), {QStringLiteral("--bookmarks")});
            return process.waitForFinished(60000);
        };

        BookmarkStore store(dataDir + QStringLiteral("/bookmarks.xbel"));
        BookmarkNode *rust = store.root().add(folder(QStringLiteral("Rust")));
        rust->add(bookmark(QStringLiteral("Audio"), QStringLiteral("atlas:categories/audio"), {}, QStringLiteral("categories/audio")));
        QVERIFY(store.save());
        QVERIFY(run());
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()), QStringLiteral("Rust/\n  Audio  atlas:categories/audio\n"));

        QVERIFY(writeFile(store.path(), "<xbel><folder>"));
        QVERIFY(run());
        QCOMPARE(process.exitCode(), 1);
        const QString message = QString::fromUtf8(process.readAllStandardError()).trimmed();
        QVERIFY2(message.contains(QStringLiteral("cannot be read")) && !message.contains(u'\n'), qPrintable(message));
        QCOMPARE(fileBytes(store.path()), QByteArray("<xbel><folder>"));
    }
};

QTEST_GUILESS_MAIN(TestBookmarks)
#include "tst_bookmarks.moc"
