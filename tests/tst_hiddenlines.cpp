// SPDX-License-Identifier: MIT
#include "markdown/hiddenlines.h"
#include "markdown/markdownparser.h"

#include <QTest>

class TestHiddenLines : public QObject
{
    Q_OBJECT

private slots:
    void isRustFence_data()
    {
        QTest::addColumn<QString>("info");
        QTest::addColumn<bool>("rust");
        QTest::newRow("rust") << "rust" << true;
        QTest::newRow("attributes after a comma") << "rust,ignore" << true;
        QTest::newRow("attributes after a space") << "rust editable" << true;
        QTest::newRow("upper case") << "Rust" << true;
        QTest::newRow("toml") << "toml" << false;
        QTest::newRow("rusty is not rust") << "rusty" << false;
        QTest::newRow("empty") << "" << false;
    }
    void isRustFence()
    {
        QFETCH(QString, info);
        QFETCH(bool, rust);
        QCOMPARE(HiddenLines::isRustFence(info), rust);
    }

    void strip_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("shown");
        QTest::newRow("wrapper hidden") << "# fn main() {\n    let x = 1;\n# }\n"
                                        << "    let x = 1;\n";
        QTest::newRow("lone hash hidden") << "a\n#\nb\n"
                                          << "a\nb\n";
        QTest::newRow("indented hidden") << "    # use std::io;\nkeep\n"
                                         << "keep\n";
        QTest::newRow("escaped shows one hash") << "##[derive(Debug)]\n"
                                                << "#[derive(Debug)]\n";
        QTest::newRow("attributes stay") << "#[derive(Debug)]\n#![allow(unused)]\n"
                                         << "#[derive(Debug)]\n#![allow(unused)]\n";
        QTest::newRow("no final newline") << "a\n# b"
                                          << "a";
        QTest::newRow("blank lines kept") << "a\n\nb\n"
                                          << "a\n\nb\n";
    }
    void strip()
    {
        QFETCH(QString, code);
        QFETCH(QString, shown);
        QCOMPARE(HiddenLines::strip(code), shown);
    }

    void parserHidesOnlyRustWhenAsked()
    {
        const QByteArray markdown = "```rust\n# fn main() {\nlet hidden_wrapper = 1;\n# }\n```\n\n```python\n# a comment\n```\n";
        MarkdownParser::Options options;
        options.hideRustLines = true;
        const ParsedPage book = MarkdownParser::parse(markdown, options);
        QVERIFY(!book.html.contains(QStringLiteral("fn main")));
        QVERIFY(book.html.contains(QStringLiteral("let hidden_wrapper = 1;")));
        QVERIFY(book.html.contains(QStringLiteral("# a comment")));
        QVERIFY(!book.plainText.contains(QStringLiteral("fn main")));
        const ParsedPage plain = MarkdownParser::parse(markdown);
        QVERIFY(plain.html.contains(QStringLiteral("# fn main() {")));
    }
};

QTEST_GUILESS_MAIN(TestHiddenLines)
#include "tst_hiddenlines.moc"
