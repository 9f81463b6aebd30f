// SPDX-License-Identifier: MIT
#include "pack/packreader.h"
#include "pack/pagetext.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}
} // namespace

class TestPackReader : public QObject
{
    Q_OBJECT

private slots:
    void firstInvalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("offset");
        QTest::newRow("ascii") << QByteArray("plain") << qsizetype(-1);
        QTest::newRow("two, three and four bytes") << QByteArray("\xc3\xa9\xe2\x82\xac\xf0\x9f\xa6\x80") << qsizetype(-1);
        QTest::newRow("latin-1 byte") << QByteArray("Caf\xe9!") << qsizetype(3);
        QTest::newRow("lone continuation") << QByteArray("a\x80") << qsizetype(1);
        QTest::newRow("truncated at end") << QByteArray("ab\xe2\x82") << qsizetype(2);
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << qsizetype(0);
        QTest::newRow("overlong three bytes") << QByteArray("\xe0\x80\xaf") << qsizetype(0);
        QTest::newRow("surrogate") << QByteArray("x\xed\xa0\x80") << qsizetype(1);
        QTest::newRow("above U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << qsizetype(0);
        QTest::newRow("0xFF") << QByteArray("ok\xff") << qsizetype(2);
    }
    void firstInvalidUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, offset);
        QCOMPARE(PageText::firstInvalidUtf8(bytes), offset);
    }

    void readsMarkdownInStableOrder()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("b")));
        writeFile(dir.filePath(QStringLiteral("b/two.md")), "# Two\n");
        writeFile(dir.filePath(QStringLiteral("a.markdown")), "# One\n");
        writeFile(dir.filePath(QStringLiteral("notes.txt")), "not markdown\n");
        writeFile(dir.filePath(QStringLiteral("bom.md")), "\xEF\xBB\xBF# Bom\n");
        QVector<Problem> problems;
        const QVector<SourceFile> files = PackReader(dir.path()).read(&problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(files.size(), 3);
        QCOMPARE(files.at(0).id, QStringLiteral("a"));
        QCOMPARE(files.at(1).path, QStringLiteral("b/two.md"));
        QCOMPARE(files.at(1).id, QStringLiteral("b/two"));
        QCOMPARE(files.at(2).text, QByteArray("# Bom\n"));
    }

    void reportsAndRepairsInvalidUtf8()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("x.md")), "# X\n\nline three \xe9\n");
        QVector<Problem> problems;
        const QVector<SourceFile> files = PackReader(dir.path()).read(&problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).line, 3);
        QVERIFY(problems.at(0).message.contains(QStringLiteral("invalid UTF-8")));
        QCOMPARE(files.size(), 1);
        QCOMPARE(PageText::firstInvalidUtf8(files.at(0).text), qsizetype(-1));
    }

    void skipsFilesOverTheLimit()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("big.md")), QByteArray(5000, 'x'));
        writeFile(dir.filePath(QStringLiteral("small.md")), "# Small\n");
        QVector<Problem> problems;
        const QVector<SourceFile> files = PackReader(dir.path(), 4096).read(&problems);
        QCOMPARE(files.size(), 1);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).file, QStringLiteral("big.md"));
        QVERIFY(problems.at(0).message.contains(QStringLiteral("too large")));
    }

    void reportsUnreadableFiles()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere")), dir.filePath(QStringLiteral("dangling.md"))));
        QVector<Problem> problems;
        QVERIFY(PackReader(dir.path()).read(&problems).isEmpty());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).file, QStringLiteral("dangling.md"));
        QCOMPARE(problems.at(0).message, QStringLiteral("broken symbolic link"));
    }

    void reportsDuplicateIds()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("Page.md")), "# A\n");
        writeFile(dir.filePath(QStringLiteral("page.md")), "# B\n");
        QVector<Problem> problems;
        const QVector<SourceFile> files = PackReader(dir.path()).read(&problems);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.at(0).path, QStringLiteral("Page.md"));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).file, QStringLiteral("page.md"));
        QVERIFY(problems.at(0).message.contains(QStringLiteral("duplicate page id 'page'")));
    }
};

QTEST_GUILESS_MAIN(TestPackReader)
#include "tst_packreader.moc"
