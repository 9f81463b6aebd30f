// SPDX-License-Identifier: MIT
#include "pack/includeexpander.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using Lines = QVector<int>;

// The book lives in <tmp>/book; <tmp>/secret.txt stands for anything outside it.
class TestIncludeExpander : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_book;
    QString m_chapter; // src/ch01, the folder of the page every test expands

    void write(const QString &relative, const QByteArray &bytes)
    {
        const QString path = m_tmp.filePath(relative);
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    ExpandedPage expand(const QByteArray &page) const
    {
        return IncludeExpander(m_book, m_book + u"/src").expand(page, QStringLiteral(u"ch01/page.md"));
    }

    QString canonical(const QString &inChapter) const { return QFileInfo(m_chapter + u'/' + inChapter).canonicalFilePath(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_book = m_tmp.filePath(QStringLiteral(u"book"));
        m_chapter = m_book + u"/src/ch01";
        write(QStringLiteral(u"book/book.toml"), QByteArray("[book]\ntitle = \"Fixture\"\n"));
        write(QStringLiteral(u"book/src/ch01/listings/sample.rs"),
              QByteArray("// ANCHOR: all\nuse std::fmt;\n// ANCHOR: body\nfn main() {\n    let n = 3;\n}\n"
                         "// ANCHOR_END: body\n\nstruct Point;\n// ANCHOR_END: all\n"));
        write(QStringLiteral(u"book/src/ch01/listings/twice.rs"),
              QByteArray("fn main() {\n    let four = twice(2);\n    assert_eq!(four, 4);\n}\n\n"
                         "fn twice(v: u8) -> u8 {\n    v + v\n}\n"));
        write(QStringLiteral(u"book/src/ch01/listings/crlf.txt"), QByteArray("first\r\nsecond\r\n"));
        write(QStringLiteral(u"book/src/ch01/parts/outer.md"), QByteArray("Outer start\n{{#include inner.md}}\nOuter end\n"));
        write(QStringLiteral(u"book/src/ch01/parts/inner.md"), QByteArray("Inner words\n"));
        write(QStringLiteral(u"book/src/ch01/parts/broken.md"), QByteArray("ok\n{{#include gone.md}}\n"));
        write(QStringLiteral(u"book/src/ch01/parts/titled.md"), QByteArray("{{#title From Inside}}body\n"));
        write(QStringLiteral(u"book/src/ch01/loop.md"), QByteArray("x\n{{#include loop.md}}\n"));
        write(QStringLiteral(u"book/src/ch01/bad.txt"),
              QByteArray("a\xFF"
                         "b\n"));
        write(QStringLiteral(u"book/src/ch01/huge.txt"), QByteArray(IncludeExpander::maxFileSize + 1, 'z'));
        write(QStringLiteral(u"secret.txt"), QByteArray("outside words\n"));
        QVERIFY(QFile::link(m_tmp.filePath(QStringLiteral(u"secret.txt")), m_chapter + u"/link.txt"));
    }

    void expandsText_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray all = "// ANCHOR: all\nuse std::fmt;\n// ANCHOR: body\nfn main() {\n    let n = 3;\n}\n"
                               "// ANCHOR_END: body\n\nstruct Point;\n// ANCHOR_END: all";
        QTest::newRow("no directive") << QByteArray("# Title\nplain {text}\n") << QByteArray("# Title\nplain {text}\n");
        QTest::newRow("whole file") << QByteArray("A\n{{#include listings/sample.rs}}\nB\n") << "A\n" + all + "\nB\n";
        QTest::newRow("one line") << QByteArray("{{#include listings/sample.rs:2}}") << QByteArray("use std::fmt;");
        QTest::newRow("N:M") << QByteArray("{{#include listings/sample.rs:4:6}}") << QByteArray("fn main() {\n    let n = 3;\n}");
        QTest::newRow("N:") << QByteArray("{{#include listings/sample.rs:9:}}") << QByteArray("struct Point;\n// ANCHOR_END: all");
        QTest::newRow(":M") << QByteArray("{{#include listings/sample.rs::2}}") << QByteArray("// ANCHOR: all\nuse std::fmt;");
        QTest::newRow("::") << QByteArray("{{#include listings/sample.rs::}}") << all;
        QTest::newRow("line zero clamps") << QByteArray("{{#include listings/sample.rs:0}}") << QByteArray("// ANCHOR: all");
        QTest::newRow("end past file") << QByteArray("{{#include listings/sample.rs:9:99}}")
                                       << QByteArray("struct Point;\n// ANCHOR_END: all");
        QTest::newRow("start past file") << QByteArray("[{{#include listings/sample.rs:50}}]") << QByteArray("[]");
        QTest::newRow("reversed range") << QByteArray("A\n{{#include listings/sample.rs:5:2}}\nB") << QByteArray("A\n\nB");
        QTest::newRow("anchor") << QByteArray("{{#include listings/sample.rs:body}}") << QByteArray("fn main() {\n    let n = 3;\n}");
        QTest::newRow("nested markers dropped") << QByteArray("{{#include listings/sample.rs:all}}")
                                                << QByteArray("use std::fmt;\nfn main() {\n    let n = 3;\n}\n\n"
                                                              "struct Point;");
        QTest::newRow("blanks in braces") << QByteArray("{{ #include \t listings/sample.rs:2  }}") << QByteArray("use std::fmt;");
        QTest::newRow("directive over two lines")
            << QByteArray("{{#include\n  listings/sample.rs:2}}\nafter") << QByteArray("use std::fmt;\nafter");
        QTest::newRow("prefix repeated") << QByteArray("> {{#include listings/sample.rs:4:6}}\n")
                                         << QByteArray("> fn main() {\n>     let n = 3;\n> }\n");
        QTest::newRow("inline") << QByteArray("see `{{#include listings/sample.rs:2}}` here") << QByteArray("see `use std::fmt;` here");
        QTest::newRow("crlf lines") << QByteArray("{{#include listings/crlf.txt}}!") << QByteArray("first\nsecond!");
        QTest::newRow("rustdoc range") << QByteArray("```rust\n{{#rustdoc_include listings/twice.rs:2}}\n```")
                                       << QByteArray("```rust\n# fn main() {\n    let four = twice(2);\n"
                                                     "#     assert_eq!(four, 4);\n# }\n#\n# fn twice(v: u8) -> u8 {\n"
                                                     "#     v + v\n# }\n```");
        QTest::newRow("rustdoc anchor") << QByteArray("{{#rustdoc_include listings/sample.rs:body}}")
                                        << QByteArray("# use std::fmt;\nfn main() {\n    let n = 3;\n}\n#\n"
                                                      "# struct Point;");
        QTest::newRow("rustdoc whole") << QByteArray("{{#rustdoc_include listings/crlf.txt}}") << QByteArray("first\nsecond");
        QTest::newRow("playground") << QByteArray("{{#playground listings/crlf.txt}}\nnext")
                                    << QByteArray("```rust\nfirst\nsecond\n```\nnext");
        QTest::newRow("playground attrs") << QByteArray("{{#playground listings/crlf.txt editable no_run}}")
                                          << QByteArray("```rust,editable,no_run\nfirst\nsecond\n```");
        QTest::newRow("escaped") << QByteArray("\\{{#include listings/sample.rs}} stays")
                                 << QByteArray("{{#include listings/sample.rs}} stays");
        QTest::newRow("escape takes the line") << QByteArray("\\{{#include a}} and {{#include b}}\n")
                                               << QByteArray("{{#include a}} and {{#include b}}\n");
        QTest::newRow("unknown kept") << QByteArray("{{#unknown thing}} {{ not a directive }}")
                                      << QByteArray("{{#unknown thing}} {{ not a directive }}");
        QTest::newRow("nested include") << QByteArray("{{#include parts/outer.md}}") << QByteArray("Outer start\nInner words\nOuter end");
    }
    void expandsText()
    {
        QFETCH(QByteArray, page);
        QFETCH(QByteArray, expected);
        const ExpandedPage result = expand(page);
        QCOMPARE(result.text, expected);
        QCOMPARE(result.problems.size(), 0);
    }

    // A directive that fails leaves a visible placeholder where its text would have been.
    void reportsProblems_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("isError");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("missing") << QByteArray("a\n{{#include nope.rs}}\nb") << 2 << QStringLiteral(u"include 'nope.rs' not found") << true
                                 << QByteArray("a\n"
                                               "\xE2\x9A\xA0 "
                                               "include 'nope.rs' not found\nb");
        QTest::newRow("dot dot") << QByteArray("{{#include ../../../secret.txt}}") << 1
                                 << QStringLiteral(u"include '../../../secret.txt' leaves the book") << true
                                 << QByteArray("\xE2\x9A\xA0 "
                                               "include '../../../secret.txt' leaves the book");
        QTest::newRow("absolute") << QByteArray("x\n\n{{#include /etc/hostname}}") << 3
                                  << QStringLiteral(u"include '/etc/hostname' leaves the book") << true
                                  << QByteArray("x\n\n"
                                                "\xE2\x9A\xA0 "
                                                "include '/etc/hostname' leaves the book");
        QTest::newRow("symlink out") << QByteArray("{{#include link.txt}}") << 1 << QStringLiteral(u"include 'link.txt' leaves the book")
                                     << true
                                     << QByteArray("\xE2\x9A\xA0 "
                                                   "include 'link.txt' leaves the book");
        QTest::newRow("unknown anchor") << QByteArray("{{#include listings/sample.rs:nothing}}") << 1
                                        << QStringLiteral(u"include 'listings/sample.rs': no anchor 'nothing'") << true
                                        << QByteArray("\xE2\x9A\xA0 "
                                                      "include 'listings/sample.rs': no anchor 'nothing'");
        QTest::newRow("too large") << QByteArray("{{#include huge.txt}}") << 1 << QStringLiteral(u"include 'huge.txt' is larger than 8 MiB")
                                   << true
                                   << QByteArray("\xE2\x9A\xA0 "
                                                 "include 'huge.txt' is larger than 8 MiB");
        QTest::newRow("nested problem") << QByteArray("t\n\n{{#include parts/broken.md}}") << 3
                                        << QStringLiteral(u"include 'gone.md' not found") << true
                                        << QByteArray("t\n\nok\n"
                                                      "\xE2\x9A\xA0 "
                                                      "include 'gone.md' not found");
        QTest::newRow("bad utf-8") << QByteArray("{{#include bad.txt}}") << 1
                                   << QStringLiteral(u"include 'bad.txt': invalid UTF-8 at byte 1; shown with replacement characters")
                                   << true
                                   << QByteArray("a\xEF\xBF\xBD"
                                                 "b");
        QTest::newRow("too deep") << QByteArray("{{#include loop.md}}") << 1 << QStringLiteral(u"include nesting too deep") << true
                                  << QByteArray(QByteArray("x\n").repeated(10)
                                                + "\xE2\x9A\xA0 "
                                                  "include nesting too deep");
    }
    void reportsProblems()
    {
        QFETCH(QByteArray, page);
        QFETCH(int, line);
        QFETCH(QString, message);
        QFETCH(bool, isError);
        QFETCH(QByteArray, expected);
        const ExpandedPage result = expand(page);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().file, QStringLiteral(u"ch01/page.md"));
        QCOMPARE(result.problems.first().line, line);
        QCOMPARE(result.problems.first().message, message);
        QCOMPARE(result.problems.first().isError(), isError);
        QCOMPARE(result.text, expected);
        QVERIFY(!result.text.contains("outside words"));
    }

    void title_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("top") << QByteArray("{{#title  My Own Title }}\n# Heading\n") << QStringLiteral(u"My Own Title")
                             << QByteArray("\n# Heading\n");
        QTest::newRow("none") << QByteArray("# Heading {{x}}\n") << QString() << QByteArray("# Heading {{x}}\n");
        QTest::newRow("from include") << QByteArray("{{#include parts/titled.md}}") << QStringLiteral(u"From Inside") << QByteArray("body");
        QTest::newRow("escaped") << QByteArray("\\{{#title Not This}}") << QString() << QByteArray("{{#title Not This}}");
    }
    void title()
    {
        QFETCH(QByteArray, page);
        QFETCH(QString, title);
        QFETCH(QByteArray, expected);
        const ExpandedPage result = expand(page);
        QCOMPARE(result.title, title);
        QCOMPARE(result.text, expected);
    }

    void sourceLines_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<Lines>("lines");
        QTest::newRow("fast path") << QByteArray("a\nb\n\nd") << Lines{1, 2, 3, 4};
        QTest::newRow("empty page") << QByteArray() << Lines{};
        QTest::newRow("includes") << QByteArray("one\n{{#include listings/sample.rs:4:6}}\nthree\n"
                                                "{{#include listings/sample.rs:2}} tail\nfive\n")
                                  << Lines{1, 2, 2, 2, 3, 4, 5};
        QTest::newRow("multi-line directive") << QByteArray("a\n{{#include\nlistings/sample.rs:4:5}}\nb") << Lines{1, 2, 2, 4};
        QTest::newRow("nested") << QByteArray("{{#include parts/outer.md}}\nlast") << Lines{1, 1, 1, 2};
        QTest::newRow("failed include") << QByteArray("{{#include nope.md}}\nlast") << Lines{1, 2};
    }
    void sourceLines()
    {
        QFETCH(QByteArray, page);
        QFETCH(Lines, lines);
        const ExpandedPage result = expand(page);
        QCOMPARE(result.sourceLines, lines);
        const qsizetype outputLines = result.text.count('\n') + (result.text.endsWith('\n') ? 0 : 1);
        QCOMPARE(result.sourceLines.size(), result.text.isEmpty() ? 0 : outputLines);
    }

    void includedFiles()
    {
        const ExpandedPage result = expand("{{#include listings/sample.rs:2}}\n{{#include parts/outer.md}}\n"
                                           "{{#include listings/sample.rs:body}}\n{{#include nope.md}}\n"
                                           "{{#include link.txt}}\n");
        const QStringList expected{canonical(QStringLiteral(u"listings/sample.rs")), canonical(QStringLiteral(u"parts/outer.md")),
                                   canonical(QStringLiteral(u"parts/inner.md"))};
        QCOMPARE(result.includedFiles, expected);
        QCOMPARE(result.problems.size(), 2);
    }

    void plainPageIsNotCopied()
    {
        const QByteArray page("# Heading\nNo directives in here.\n");
        const ExpandedPage result = expand(page);
        QCOMPARE(result.text.constData(), page.constData());
        QVERIFY(result.includedFiles.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIncludeExpander)
#include "tst_includeexpander.moc"
