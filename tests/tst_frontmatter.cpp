// SPDX-License-Identifier: MIT
#include "pack/frontmatter.h"

#include <QFile>
#include <QTest>

class TestFrontMatter : public QObject
{
    Q_OBJECT

private slots:
    void fields_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("aliases");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("kind");
        QTest::newRow("lists") << QByteArray("---\ntitle: Borrowing\naliases:\n  - borrow\n  - references\n"
                                             "tags:\n  - rust\n  - '#memory'\nkind: atlas\n---\n# Body\n")
                               << "Borrowing" << QStringList{QStringLiteral("borrow"), QStringLiteral("references")}
                               << QStringList{QStringLiteral("rust"), QStringLiteral("memory")} << "atlas";
        QTest::newRow("single strings") << QByteArray("---\ntitle: Moves\naliases: Move semantics\ntags: rust\n---\n") << "Moves"
                                        << QStringList{QStringLiteral("Move semantics")} << QStringList{QStringLiteral("rust")} << "";
        QTest::newRow("comma separated tags") << QByteArray("---\ntags: rust, memory,safety\n---\n") << "" << QStringList()
                                              << QStringList{QStringLiteral("rust"), QStringLiteral("memory"), QStringLiteral("safety")}
                                              << "";
        QTest::newRow("space separated hash tags") << QByteArray("---\ntags: \"#rust #async/tokio\"\n---\n") << "" << QStringList()
                                                   << QStringList{QStringLiteral("rust"), QStringLiteral("async/tokio")} << "";
        QTest::newRow("flow list") << QByteArray("---\naliases: [One, Two]\ntags: [a, b]\n---\n") << ""
                                   << QStringList{QStringLiteral("One"), QStringLiteral("Two")}
                                   << QStringList{QStringLiteral("a"), QStringLiteral("b")} << "";
        QTest::newRow("non-string scalars") << QByteArray("---\ntitle: 2024\naliases: [42, true]\ntags: 7\n---\n") << "2024"
                                            << QStringList{QStringLiteral("42"), QStringLiteral("true")} << QStringList{QStringLiteral("7")}
                                            << "";
        QTest::newRow("legacy singular keys") << QByteArray("---\nalias: Old name\ntag: legacy\n---\n") << ""
                                              << QStringList{QStringLiteral("Old name")} << QStringList{QStringLiteral("legacy")} << "";
        QTest::newRow("empty values") << QByteArray("---\ntitle:\naliases:\ntags: []\n---\n") << "" << QStringList() << QStringList() << "";
        QTest::newRow("utf-8") << QByteArray("---\ntitle: \xC3\x9C"
                                             "bung\n---\n")
                               << "\xC3\x9C"
                                  "bung"
                               << QStringList() << QStringList() << "";
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF---\ntitle: With BOM\n---\ntext\n") << "With BOM" << QStringList() << QStringList()
                             << "";
        QTest::newRow("dots terminator") << QByteArray("---\ntitle: Dots\n...\ntext\n") << "Dots" << QStringList() << QStringList() << "";
        QTest::newRow("crlf") << QByteArray("---\r\ntitle: Windows\r\ntags: [x]\r\n---\r\ntext\r\n") << "Windows" << QStringList()
                              << QStringList{QStringLiteral("x")} << "";
    }
    void fields()
    {
        QFETCH(QByteArray, page);
        QFETCH(QString, title);
        QFETCH(QStringList, aliases);
        QFETCH(QStringList, tags);
        QFETCH(QString, kind);
        const FrontMatter matter = FrontMatter::take(&page);
        QVERIFY(matter.present);
        QCOMPARE(matter.error, QString());
        QCOMPARE(matter.errorLine, 0);
        QCOMPARE(matter.title, title);
        QCOMPARE(matter.aliases, aliases);
        QCOMPARE(matter.tags, tags);
        QCOMPARE(matter.kind, kind);
    }

    void blanking_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<bool>("present");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("block") << QByteArray("---\ntitle: A\n---\n# Head\n") << true << QByteArray("\n\n\n# Head\n");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF---\na: 1\n---\nx\n") << true << QByteArray("\n\n\nx\n");
        QTest::newRow("dots") << QByteArray("---\na: 1\n...\nx\n") << true << QByteArray("\n\n\nx\n");
        QTest::newRow("crlf") << QByteArray("---\r\na: 1\r\n---\r\nx\r\n") << true << QByteArray("\n\n\nx\r\n");
        QTest::newRow("no final newline") << QByteArray("---\na: 1\n---") << true << QByteArray("\n\n");
        QTest::newRow("empty block") << QByteArray("---\n---\nx\n") << true << QByteArray("\n\nx\n");
        QTest::newRow("rule later on") << QByteArray("---\na: 1\n---\nx\n\n---\ny\n") << true << QByteArray("\n\n\nx\n\n---\ny\n");
        QTest::newRow("malformed still blanked") << QByteArray("---\na: [1\n---\nx\n") << true << QByteArray("\n\n\nx\n");
        QTest::newRow("unclosed") << QByteArray("---\ntitle: A\n# Head\n") << false << QByteArray("---\ntitle: A\n# Head\n");
        QTest::newRow("fence alone") << QByteArray("---\n") << false << QByteArray("---\n");
        QTest::newRow("not at the start") << QByteArray("\n---\na: 1\n---\n") << false << QByteArray("\n---\na: 1\n---\n");
        QTest::newRow("longer fence") << QByteArray("----\na: 1\n----\n") << false << QByteArray("----\na: 1\n----\n");
        QTest::newRow("plain page") << QByteArray("# Title\ntext\n") << false << QByteArray("# Title\ntext\n");
        QTest::newRow("empty page") << QByteArray() << false << QByteArray();
    }
    void blanking()
    {
        QFETCH(QByteArray, page);
        QFETCH(bool, present);
        QFETCH(QByteArray, expected);
        const qsizetype newlines = page.count('\n');
        const FrontMatter matter = FrontMatter::take(&page);
        QCOMPARE(matter.present, present);
        QCOMPARE(page, expected);
        QCOMPARE(page.count('\n'), newlines);
        if (present)
            QVERIFY(!page.startsWith("---") && !page.startsWith("\xEF\xBB\xBF"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("errorLine");
        QTest::newRow("unclosed flow list") << QByteArray("---\ntitle: A\ntags: [rust, memory\n---\nx\n") << "malformed front matter" << 3;
        QTest::newRow("unclosed flow map") << QByteArray("---\ntitle: {a: 1\n\ntags: x\n---\nx\n") << "malformed front matter" << 4;
        QTest::newRow("bad indentation") << QByteArray("---\ntitle: A\naliases:\n  - one\n - two\n---\n") << "malformed front matter" << 5;
        QTest::newRow("value after value") << QByteArray("---\ntitle: A\n\nsummary: one: two\n---\nx\n") << "malformed front matter" << 4;
        QTest::newRow("undefined anchor") << QByteArray("---\ntitle: A\naliases: *nowhere\n---\n") << "malformed front matter" << 3;
        QTest::newRow("bom keeps lines") << QByteArray("\xEF\xBB\xBF---\na: 1\nb: [\n---\n") << "malformed front matter" << 3;
        QTest::newRow("list") << QByteArray("---\n- one\n- two\n---\n") << "front matter is not a mapping" << 2;
        QTest::newRow("scalar") << QByteArray("---\n\njust words\n---\n") << "front matter is not a mapping" << 3;
    }
    void errors()
    {
        QFETCH(QByteArray, page);
        QFETCH(QString, error);
        QFETCH(int, errorLine);
        const qsizetype newlines = page.count('\n');
        const FrontMatter matter = FrontMatter::take(&page);
        QVERIFY(matter.present);
        QVERIFY2(matter.error.startsWith(error), qPrintable(matter.error));
        QVERIFY(!matter.error.contains(u'\n'));
        QCOMPARE(matter.errorLine, errorLine);
        QVERIFY(matter.title.isEmpty());
        QCOMPARE(page.count('\n'), newlines);
        QVERIFY(!page.contains("---"));
    }

    void fixtureVault_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("aliases");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("list forms") << "Welcome.md"
                                    << "Welcome to the Rust notes" << QStringList{QStringLiteral("Start here"), QStringLiteral("Home")}
                                    << QStringList{QStringLiteral("rust"), QStringLiteral("index")};
        QTest::newRow("string forms") << "concepts/Ownership.md"
                                      << "Ownership" << QStringList{QStringLiteral("Move semantics")}
                                      << QStringList{QStringLiteral("rust"), QStringLiteral("memory")};
        QTest::newRow("hash tags in a string") << "concepts/Borrowing.md"
                                               << "" << QStringList() << QStringList{QStringLiteral("rust"), QStringLiteral("references")};
        QTest::newRow("flow alias") << "concepts/Lifetimes.md"
                                    << "Lifetimes" << QStringList{QStringLiteral("Lifetime annotations")} << QStringList();
        QTest::newRow("quoted hash tag") << "practice/Exercises.md"
                                         << "Exercises" << QStringList()
                                         << QStringList{QStringLiteral("practice"), QStringLiteral("exercises")};
    }
    void fixtureVault()
    {
        QFETCH(QString, path);
        QFETCH(QString, title);
        QFETCH(QStringList, aliases);
        QFETCH(QStringList, tags);
        QFile file(QStringLiteral(RUST_ATLAS_TEST_DATA "/vault/") + path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray page = file.readAll();
        const FrontMatter matter = FrontMatter::take(&page);
        QVERIFY(matter.present);
        QCOMPARE(matter.error, QString());
        QCOMPARE(matter.title, title);
        QCOMPARE(matter.aliases, aliases);
        QCOMPARE(matter.tags, tags);
        QVERIFY(page.startsWith("\n"));
        QVERIFY(page.contains("\n# "));
    }

    void nullPointer()
    {
        const FrontMatter matter = FrontMatter::take(nullptr);
        QVERIFY(!matter.present);
    }
};

QTEST_GUILESS_MAIN(TestFrontMatter)
#include "tst_frontmatter.moc"
