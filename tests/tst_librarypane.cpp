// SPDX-License-Identifier: MIT
// The library in the window: opening, switching, closing and searching packs, live reload.
#include "library/library.h"
#include "library/openpack.h"
#include "librarypane.h"
#include "mainwindow.h"
#include "search/searchindex.h"
#include "searchpanel.h"
#include "windowtest.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace WindowTest;

class TestLibraryPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private slots:
    void init() { QFile::remove(settingsFile()); }

    void openingFoldersFillsTheLibraryAndEachPackKeepsItsPlace()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Library library(settings);
        MainWindow window(library, library.open(Library::bundledRoot()), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.navigate({QStringLiteral("audiences/students"), {}});

        // File > Open Folder…, with the dialog answered by the test.
        window.libraryPane()->chooseFolder = [](QWidget *) { return QStringLiteral(RUST_ATLAS_TEST_DATA "/book"); };
        actionNamed(&window, QStringLiteral("Open Folder\u2026"))->trigger();
        // The folder is read on a worker thread while the window shows that it is opening.
        QVERIFY(window.findChild<QProgressBar *>(QStringLiteral("indexProgress"))->isVisible());
        QTRY_COMPARE(window.currentPack()->catalogue().kind(), PackKind::Book);
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("categoryGrid"))->isVisible());
        actionNamed(&window, QStringLiteral("Next Page"))->trigger();
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("first-steps"));

        // A second folder, dropped on the window.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(QStringLiteral(RUST_ATLAS_TEST_DATA "/vault"))});
        // Outside a real drag, QApplication delivers no drop; the window's own handler is what counts.
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        static_cast<QObject &>(window).event(&enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        static_cast<QObject &>(window).event(&drop);
        QVERIFY2(drop.isAccepted(), qPrintable(window.statusBar()->currentMessage()));
        QTRY_COMPARE(window.currentPack()->catalogue().kind(), PackKind::Vault);
        auto *list = window.findChild<QListView *>(QStringLiteral("libraryList"));
        QCOMPARE(list->model()->rowCount(), 3);

        // Back to the atlas and to the book: each is where the reader left it.
        list->setCurrentIndex(list->model()->index(0, 0));
        emit list->activated(list->model()->index(0, 0));
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("audiences/students"));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("categoryGrid"))->isVisible());
        QVERIFY(window.openPack(QStringLiteral(RUST_ATLAS_TEST_DATA "/book")));
        QCOMPARE(window.currentPack()->catalogue().kind(), PackKind::Book); // open already: at once
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("first-steps"));
        actionNamed(&window, QStringLiteral("Back"))->trigger();
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("readme"));

        // Closing the pack on screen shows the atlas; the book stays in the library, remembered.
        actionNamed(&window, QStringLiteral("Close Pack"))->trigger();
        QCOMPARE(window.currentPack()->root(), Library::bundledRoot());
        QCOMPARE(library.openPacks().size(), 2);
        QCOMPARE(Library(settings).entries().size(), 3);
    }

    void aMissingFolderIsShownAndCanBeRemoved()
    {
        QTemporaryDir gone;
        QFile page(gone.filePath(QStringLiteral("note.md")));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("# A note\n");
        page.close();
        QSettings settings(settingsFile(), QSettings::IniFormat);
        {
            Library library(settings);
            library.open(gone.path());
        }
        QVERIFY(gone.remove());
        Library library(settings);
        MainWindow window(library, library.open(Library::bundledRoot()), settings);
        auto *list = window.findChild<QListView *>(QStringLiteral("libraryList"));
        QCOMPARE(list->model()->rowCount(), 2);
        const QModelIndex missing = list->model()->index(1, 0);
        QVERIFY(missing.data(ItemRole::Missing).toBool());
        QVERIFY(missing.data().toString().contains(QStringLiteral("missing")));
        QVERIFY(!window.openPack(gone.path()));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("cannot be found")));
        QCOMPARE(window.currentPack()->root(), Library::bundledRoot());
        library.remove(gone.path());
        QCOMPARE(list->model()->rowCount(), 1);
    }

    void anEditedPageUpdatesInPlace()
    {
        QTemporaryDir pack;
        const auto write = [&pack](const QString &name, const QByteArray &text) {
            QFile file(pack.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(text);
        };
        QByteArray longPage = "# Long page\n\n";
        for (int i = 0; i < 200; ++i)
            longPage += "Paragraph " + QByteArray::number(i) + " of a page long enough to scroll.\n\n";
        write(QStringLiteral("index.md"), longPage);
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Library library(settings);
        MainWindow window(library, library.open(pack.path()), settings);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.findChild<PageView *>();
        page->verticalScrollBar()->setValue(page->verticalScrollBar()->maximum() / 2);
        const int scrolled = page->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);
        QTRY_VERIFY(window.currentPack()->isWatching());

        write(QStringLiteral("index.md"), longPage.replace("Paragraph 0 ", "Edited paragraph "));
        QTRY_VERIFY_WITH_TIMEOUT(page->toPlainText().contains(QStringLiteral("Edited paragraph")), 5000);
        QCOMPARE(page->verticalScrollBar()->value(), scrolled);
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("index"));

        auto *tree = window.findChild<QTreeView *>(QStringLiteral("audienceTree"));
        const int rows = tree->model()->rowCount();
        write(QStringLiteral("added.md"), "# Added later\n");
        QTRY_COMPARE_WITH_TIMEOUT(tree->model()->rowCount(), rows + 1, 5000);
    }

    void aPackDeletedWhileOpenIsMarkedMissing()
    {
        QTemporaryDir parent;
        const QString root = parent.filePath(QStringLiteral("notes"));
        QVERIFY(QDir().mkpath(root));
        QFile page(root + QStringLiteral("/index.md"));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("# Notes\n");
        page.close();
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Library library(settings);
        MainWindow window(library, library.open(root), settings);
        QTRY_VERIFY(window.currentPack()->isWatching());
        QVERIFY(QDir(root).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(library.entries().at(library.indexOf(root)).missing, 5000);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("is gone")));
        QVERIFY(window.currentPack()->catalogue().pages().isEmpty()); // nothing stale is shown
    }

    void aFolderWithoutPagesSaysSo()
    {
        QTemporaryDir empty;
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Library library(settings);
        MainWindow window(library, library.open(Library::bundledRoot()), settings);
        QVERIFY(window.openPack(empty.path()));
        QTRY_COMPARE(window.currentPack()->root(), empty.path());
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("holds no Markdown pages")),
                 qPrintable(window.statusBar()->currentMessage()));
    }

    void searchCoversAllOpenPacks()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        Library library(settings);
        MainWindow window(library, library.open(Library::bundledRoot()), settings);
        QVERIFY(window.openPack(QStringLiteral(RUST_ATLAS_TEST_DATA "/book")));
        QTRY_COMPARE(library.openPacks().size(), 2);
        for (OpenPack *pack : library.openPacks()) {
            pack->startIndexing();
            QTRY_VERIFY_WITH_TIMEOUT(!pack->searchIndex().isIndexing(), 10000);
        }
        auto *panel = window.findChild<SearchPanel *>();
        auto *results = window.findChild<QListView *>(QStringLiteral("searchResults"));
        panel->field()->setText(QStringLiteral("Polars"));
        QTRY_COMPARE(panel->resultCount(), 0); // the book alone has no Polars
        panel->setScope(SearchPanel::Scope::AllPacks);
        QTRY_VERIFY(panel->resultCount() > 0);
        QCOMPARE(results->model()->index(0, 0).data(ItemRole::PackRoot).toString(), Library::bundledRoot());
        QTest::keyClick(panel->field(), Qt::Key_Return);
        // Opening a result of another pack switches to it.
        QCOMPARE(window.currentPack()->root(), Library::bundledRoot());
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("categories/data-science"));
    }
};

QTEST_MAIN(TestLibraryPane)
#include "tst_librarypane.moc"
