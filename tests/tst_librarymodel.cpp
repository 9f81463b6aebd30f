// SPDX-License-Identifier: MIT
#include "library/library.h"
#include "models/itemroles.h"
#include "models/librarymodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestLibraryModel : public QObject
{
    Q_OBJECT

private slots:
    void followsTheLibrary()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Library library(settings);
        LibraryModel model(library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(ItemRole::PackKindName).toString(), QStringLiteral("atlas"));

        const QString book = QStringLiteral(RUST_ATLAS_TEST_DATA "/book");
        library.open(book);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex row = model.indexForRoot(book);
        QCOMPARE(row.row(), 1);
        QCOMPARE(row.data().toString(), QStringLiteral("Ferris Field Notes"));
        QCOMPARE(row.data(ItemRole::PackKindName).toString(), QStringLiteral("mdbook"));
        QVERIFY(row.data(ItemRole::IsOpen).toBool());
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(book));
        QCOMPARE(row.data(ItemRole::IconPath).toString(), QStringLiteral(":/icons/pack-book.svg"));
        QCOMPARE(model.index(0).data(ItemRole::IconPath).toString(), QStringLiteral(":/icons/rust-atlas.svg"));
        QVERIFY(model.flags(row) & Qt::ItemIsSelectable);
        QCOMPARE(model.rowCount(row), 0);

        library.close(book);
        QVERIFY(!model.indexForRoot(book).data(ItemRole::IsOpen).toBool());
        library.remove(book);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.indexForRoot(book).isValid());
    }

    void missingFolderIsMarked()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("pack"));
        QDir().mkpath(pack);
        QFile page(pack + QStringLiteral("/a.md"));
        QVERIFY(page.open(QIODevice::WriteOnly));
        page.write("# A\n");
        page.close();
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Library library(settings);
        LibraryModel model(library);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        library.open(pack);
        QVERIFY(QDir(pack).removeRecursively());
        library.refreshMissing();
        const QModelIndex row = model.indexForRoot(pack);
        QVERIFY(row.data(ItemRole::Missing).toBool());
        QVERIFY(row.data().toString().endsWith(QStringLiteral("(missing)")));
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("cannot be found")));
    }
};

QTEST_GUILESS_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
