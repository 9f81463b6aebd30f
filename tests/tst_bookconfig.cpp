// SPDX-License-Identifier: MIT
#include "pack/bookconfig.h"

#include <QTemporaryDir>
#include <QTest>

class TestBookConfig : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("authors");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("sourceDir");
        QTest::newRow("every key") << QByteArray(
            "[book]\ntitle = \"Crab Notes\"\nauthors = [\"Ann\", \"Bo\"]\nlanguage = \"de\"\nsrc = \"pages\"\n")
                                   << "Crab Notes" << QStringList{QStringLiteral("Ann"), QStringLiteral("Bo")} << "de"
                                   << "pages";
        QTest::newRow("defaults for missing keys") << QByteArray("[book]\ntitle = \"Only Title\"\n") << "Only Title" << QStringList() << ""
                                                   << "src";
        QTest::newRow("no [book] table") << QByteArray("[output.html]\nmathjax-support = true\n") << "" << QStringList() << ""
                                         << "src";
        QTest::newRow("dotted keys") << QByteArray("book.title = \"Dotted\"\nbook.src = \"text\"\n") << "Dotted" << QStringList() << ""
                                     << "text";
        QTest::newRow("non-string author skipped")
            << QByteArray("[book]\nauthors = [\"Ann\", 3]\n") << "" << QStringList{QStringLiteral("Ann")} << ""
            << "src";
        QTest::newRow("UTF-8 title") << QByteArray("[book]\ntitle = \"Kr\xc3\xa4"
                                                   "ben\"\n")
                                     << QStringLiteral("Kr\u00e4ben") << QStringList() << ""
                                     << "src";
    }
    void parse()
    {
        QFETCH(QByteArray, toml);
        const BookConfig config = BookConfig::parse(toml);
        QVERIFY2(config.error.isEmpty(), qPrintable(config.error));
        QCOMPARE(config.errorLine, 0);
        QTEST(config.title, "title");
        QTEST(config.authors, "authors");
        QTEST(config.language, "language");
        QTEST(config.sourceDir, "sourceDir");
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("toml");
        QTest::addColumn<int>("line");
        QTest::newRow("unterminated string") << QByteArray("[book]\ntitle = \"Crab\nsrc = \"x\"\n") << 2;
        QTest::newRow("missing value") << QByteArray("[book]\n\ntitle =\n") << 3;
        QTest::newRow("book is not a table") << QByteArray("# comment\nbook = 5\n") << 2;
    }
    void malformed()
    {
        QFETCH(QByteArray, toml);
        const BookConfig config = BookConfig::parse(toml);
        QVERIFY(!config.error.isEmpty());
        QVERIFY2(!config.error.contains(u'\n'), qPrintable(config.error));
        QTEST(config.errorLine, "line");
        // A broken file still leaves a usable book: the defaults.
        QVERIFY(config.title.isEmpty());
        QCOMPARE(config.sourceDir, QStringLiteral("src"));
    }

    void readFixture()
    {
        const BookConfig config = BookConfig::read(QStringLiteral(RUST_ATLAS_TEST_DATA "/book/book.toml"));
        QVERIFY2(config.error.isEmpty(), qPrintable(config.error));
        QCOMPARE(config.title, QStringLiteral("Ferris Field Notes"));
        QCOMPARE(config.authors.size(), 2);
        QCOMPARE(config.sourceDir, QStringLiteral("src"));
    }

    void readMissingFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const BookConfig config = BookConfig::read(dir.filePath(QStringLiteral("book.toml")));
        QVERIFY(config.error.isEmpty());
        QCOMPARE(config.errorLine, 0);
        QCOMPARE(config.sourceDir, QStringLiteral("src"));
        QVERIFY(config.title.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBookConfig)
#include "tst_bookconfig.moc"
