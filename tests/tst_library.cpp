// SPDX-License-Identifier: MIT
#include "library/library.h"
#include "library/openpack.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString makePack(const QTemporaryDir &dir, const QString &name)
{
    const QString root = dir.filePath(name);
    QDir().mkpath(root);
    QFile page(root + QStringLiteral("/index.md"));
    if (page.open(QIODevice::WriteOnly))
        page.write("# " + name.toUtf8() + "\n\nA page.\n");
    return root;
}
} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private slots:
    void init() { QFile::remove(settingsFile()); }

    void startsWithTheAtlas()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        const Library library(settings);
        QCOMPARE(library.entries().size(), 1);
        QCOMPARE(library.entries().first().root, Library::bundledRoot());
        QCOMPARE(library.entries().first().kind, PackKind::Atlas);
    }

    void remembersWhatWasOpened()
    {
        QTemporaryDir packs;
        const QString notes = makePack(packs, QStringLiteral("notes"));
        {
            QSettings settings(settingsFile(), QSettings::IniFormat);
            Library library(settings);
            QSignalSpy changed(&library, &Library::entriesChanged);
            OpenPack *pack = library.open(notes + QStringLiteral("/../notes")); // any spelling of the folder
            QCOMPARE(pack->root(), notes);
            QCOMPARE(library.open(notes), pack); // opened once
            QVERIFY(changed.count() >= 1);
        }
        QSettings settings(settingsFile(), QSettings::IniFormat);
        const Library again(settings);
        QCOMPARE(again.entries().size(), 2);
        const LibraryEntry &entry = again.entries().at(1);
        QCOMPARE(entry.root, notes);
        QCOMPARE(entry.title, QStringLiteral("notes"));
        QCOMPARE(entry.kind, PackKind::Folder);
        QCOMPARE(entry.pageCount, 1);
        QVERIFY(entry.lastOpened.isValid());
        QVERIFY(!entry.missing);
        QVERIFY(!again.pack(notes)); // remembered, not loaded
    }

    void opensInTheBackground()
    {
        QTemporaryDir packs;
        const QString notes = makePack(packs, QStringLiteral("notes"));
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Library library(settings);
        QSignalSpy loaded(&library, &Library::packLoaded);
        library.openInBackground(notes);
        library.openInBackground(notes); // asked twice while reading: read once
        QVERIFY(library.isLoading(notes));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.count(), 1);
        auto *pack = qobject_cast<OpenPack *>(loaded.first().first().value<QObject *>());
        QCOMPARE(pack, library.pack(notes));
        QVERIFY(!library.isLoading(notes));
        QCOMPARE(library.entries().size(), 2);
        library.openInBackground(notes); // open already: at once
        QCOMPARE(loaded.count(), 2);
    }

    void closeFreesTheContentAndKeepsTheEntry()
    {
        QTemporaryDir packs;
        const QString notes = makePack(packs, QStringLiteral("notes"));
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Library library(settings);
        library.open(notes);
        QSignalSpy closing(&library, &Library::packClosing);
        library.close(notes);
        QCOMPARE(closing.count(), 1);
        QVERIFY(!library.pack(notes));
        QCOMPARE(library.entries().size(), 2);
        library.remove(notes);
        QCOMPARE(library.entries().size(), 1);
        library.remove(Library::bundledRoot()); // never removed
        QCOMPARE(library.entries().size(), 1);
    }

    void aFolderThatWentIsMarkedMissingNotForgotten()
    {
        const QString gone = m_dir.filePath(QStringLiteral("gone"));
        {
            QTemporaryDir packs;
            QSettings settings(settingsFile(), QSettings::IniFormat);
            Library library(settings);
            library.open(makePack(packs, QStringLiteral("kept")));
            QVERIFY(QDir(packs.path()).rename(QStringLiteral("kept"), gone));
        }
        QSettings settings(settingsFile(), QSettings::IniFormat);
        const Library library(settings);
        QCOMPARE(library.entries().size(), 2);
        QVERIFY(library.entries().at(1).missing);
        QCOMPARE(library.entries().at(1).title, QStringLiteral("kept"));
    }

    void damagedEntriesAreSkipped()
    {
        QTemporaryDir packs;
        const QString notes = makePack(packs, QStringLiteral("notes"));
        {
            QSettings raw(settingsFile(), QSettings::IniFormat);
            raw.beginWriteArray(QStringLiteral("library/packs"));
            raw.setArrayIndex(0);
            raw.setValue(QStringLiteral("title"), QStringLiteral("no folder"));
            raw.setArrayIndex(1);
            raw.setValue(QStringLiteral("root"), notes);
            raw.setValue(QStringLiteral("kind"), QStringLiteral("not a kind"));
            raw.setArrayIndex(2);
            raw.setValue(QStringLiteral("root"), notes); // twice
            raw.endArray();
        }
        QSettings settings(settingsFile(), QSettings::IniFormat);
        const Library library(settings);
        QCOMPARE(library.entries().size(), 2);
        QCOMPARE(library.entries().at(1).root, notes);
        QCOMPARE(library.entries().at(1).kind, PackKind::Folder);
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
