// SPDX-License-Identifier: MIT
#include "pack/summaryparser.h"

#include <QFile>
#include <QTest>

namespace {

// Every element of the format, one per line so each line number below can be read off the text.
const char full[] = "# Summary\n" // 1
                    "\n" // 2
                    "[Preface](preface.md)\n" // 3
                    "\n" // 4
                    "# First Part\n" // 5
                    "\n" // 6
                    "- [Getting Started](start.md)\n" // 7
                    "  - [Installing](start/install.md)\n" // 8
                    "    - [On Linux](start/install/linux.md)\n" // 9
                    "  - [Hello](start/hello.md)\n" // 10
                    "- [Not Yet]()\n" // 11
                    "\n" // 12
                    "---\n" // 13
                    "\n" // 14
                    "# Second Part\n" // 15
                    "\n" // 16
                    "* [`Vec<T>` and *more*](collections/vec%20more.md)\n" // 17
                    "* [Traits](traits.md)\n" // 18
                    "    * [Dyn &amp; Impl](traits/dyn.md)\n" // 19
                    "\n" // 20
                    "[Afterword](afterword.md)\n"; // 21

using Kind = SummaryEntry::Kind;

} // namespace

Q_DECLARE_METATYPE(SummaryEntry::Kind)

class TestSummaryParser : public QObject
{
    Q_OBJECT

private slots:
    void title()
    {
        QCOMPARE(SummaryParser::parse(full).title, QStringLiteral("Summary"));
        // A first heading after a chapter is a part, not the title.
        const Summary late = SummaryParser::parse("[A](a.md)\n\n# Part\n\n- [B](b.md)\n");
        QVERIFY(late.title.isEmpty());
        QCOMPARE(late.entries.at(1).kind, Kind::PartTitle);
    }

    void entries_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("draft");
        QTest::addColumn<int>("line");
        QTest::newRow("prefix chapter") << 0 << Kind::Chapter << "Preface"
                                        << "preface.md"
                                        << "" << 0 << false << 3;
        QTest::newRow("first part title") << 1 << Kind::PartTitle << "First Part"
                                          << ""
                                          << "" << 0 << false << 5;
        QTest::newRow("numbered 1") << 2 << Kind::Chapter << "Getting Started"
                                    << "start.md"
                                    << "1" << 0 << false << 7;
        QTest::newRow("nested 1.1") << 3 << Kind::Chapter << "Installing"
                                    << "start/install.md"
                                    << "1.1" << 1 << false << 8;
        QTest::newRow("nested 1.1.1") << 4 << Kind::Chapter << "On Linux"
                                      << "start/install/linux.md"
                                      << "1.1.1" << 2 << false << 9;
        QTest::newRow("back to depth 1") << 5 << Kind::Chapter << "Hello"
                                         << "start/hello.md"
                                         << "1.2" << 1 << false << 10;
        QTest::newRow("draft") << 6 << Kind::Chapter << "Not Yet"
                               << ""
                               << "2" << 0 << true << 11;
        QTest::newRow("separator") << 7 << Kind::Separator << ""
                                   << ""
                                   << "" << 0 << false << 13;
        QTest::newRow("second part title") << 8 << Kind::PartTitle << "Second Part"
                                           << ""
                                           << "" << 0 << false << 15;
        // Numbering goes on across parts; * bullets count like -; markup and %20 are undone.
        QTest::newRow("star bullet, markup, percent") << 9 << Kind::Chapter << "Vec<T> and more"
                                                      << "collections/vec more.md"
                                                      << "3" << 0 << false << 17;
        QTest::newRow("star bullet") << 10 << Kind::Chapter << "Traits"
                                     << "traits.md"
                                     << "4" << 0 << false << 18;
        QTest::newRow("entity in title") << 11 << Kind::Chapter << "Dyn & Impl"
                                         << "traits/dyn.md"
                                         << "4.1" << 1 << false << 19;
        QTest::newRow("suffix chapter") << 12 << Kind::Chapter << "Afterword"
                                        << "afterword.md"
                                        << "" << 0 << false << 21;
    }
    void entries()
    {
        QFETCH(int, index);
        const Summary summary = SummaryParser::parse(full);
        QCOMPARE(summary.entries.size(), 13);
        QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.value(0).message));
        const SummaryEntry &entry = summary.entries.at(index);
        QTEST(entry.kind, "kind");
        QTEST(entry.title, "title");
        QTEST(entry.path, "path");
        QTEST(entry.number, "number");
        QTEST(entry.depth, "depth");
        QTEST(entry.draft, "draft");
        QTEST(entry.line, "line");
    }

    // Smaller sources for the corners of the format: the entry at index must have these values.
    void corners_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("line");
        QTest::newRow("ordered list") << QByteArray("1. [A](a.md)\n2. [B](b.md)\n") << 1 << "B"
                                      << "b.md"
                                      << "2" << 2;
        QTest::newRow("numbering goes on after a separator") << QByteArray("- [A](a.md)\n---\n- [B](b.md)\n") << 2 << "B"
                                                             << "b.md"
                                                             << "2" << 3;
        QTest::newRow("numbering goes on after a comment") << QByteArray("- [A](a.md)\n<!-- later -->\n- [B](b.md)\n") << 1 << "B"
                                                           << "b.md"
                                                           << "2" << 3;
        QTest::newRow("title over two lines") << QByteArray("- [Two\n  lines](two.md)\n") << 0 << "Two lines"
                                              << "two.md"
                                              << "1" << 1;
        QTest::newRow("angle-bracket target") << QByteArray("- [S](<with space.md>)\n") << 0 << "S"
                                              << "with space.md"
                                              << "1" << 1;
        QTest::newRow("second nested list goes on counting") << QByteArray("- [A](a.md)\n  - [B](b.md)\n  * [C](c.md)\n") << 2 << "C"
                                                             << "c.md"
                                                             << "1.2" << 3;
        QTest::newRow("two prefix links in one paragraph") << QByteArray("[A](a.md)\n[B](b.md)\n") << 1 << "B"
                                                           << "b.md"
                                                           << "" << 2;
        QTest::newRow("setext heading is no separator") << QByteArray("Sub\n---\n\n[A](a.md)\n\n---\n") << 1 << ""
                                                        << ""
                                                        << "" << 6;
        QTest::newRow("draft without text") << QByteArray("- [A](a.md)\n- []()\n") << 1 << ""
                                            << ""
                                            << "2" << 2;
    }
    void corners()
    {
        QFETCH(QByteArray, source);
        QFETCH(int, index);
        const Summary summary = SummaryParser::parse(source);
        QVERIFY(index < summary.entries.size());
        QTEST(summary.entries.at(index).title, "title");
        QTEST(summary.entries.at(index).path, "path");
        QTEST(summary.entries.at(index).number, "number");
        QTEST(summary.entries.at(index).line, "line");
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("error");
        QTest::newRow("list item without link")
            << QByteArray("- [A](a.md)\n- Just words\n") << 2 << "list item 'Just words' has no link" << true;
        QTest::newRow("empty list item") << QByteArray("- [A](a.md)\n-\n- [B](b.md)\n") << 2 << "empty list item" << true;
        QTest::newRow("unbalanced link in list")
            << QByteArray("- [A](a.md)\n- [B](b.md\n") << 2 << "looks like a link but is not one" << true;
        QTest::newRow("unbalanced link in prefix")
            << QByteArray("[A](a.md\n\n- [B](b.md)\n") << 1 << "looks like a link but is not one" << true;
        QTest::newRow("prefix paragraph not a link")
            << QByteArray("Welcome!\n\n- [A](a.md)\n") << 1 << "paragraph 'Welcome!' has no link" << true;
        QTest::newRow("suffix paragraph not a link")
            << QByteArray("- [A](a.md)\n\nThe end.\n") << 3 << "paragraph 'The end.' has no link" << true;
        QTest::newRow("prefix chapter nested") << QByteArray("[A](a.md)\n    [B](b.md)\n\n- [C](c.md)\n") << 2
                                               << "prefix chapter 'B' is nested" << true;
        QTest::newRow("prefix chapter quoted") << QByteArray("> [A](a.md)\n\n- [C](c.md)\n") << 1 << "prefix chapter 'A' is nested" << true;
        QTest::newRow("list after suffix") << QByteArray("- [A](a.md)\n\n[S](s.md)\n\n- [B](b.md)\n") << 5
                                           << "a list after the suffix chapters" << true;
        QTest::newRow("part after suffix") << QByteArray("- [A](a.md)\n\n[S](s.md)\n\n# Late\n") << 5
                                           << "part title 'Late' follows the suffix" << true;
        QTest::newRow("duplicate file") << QByteArray("- [A](a.md)\n  - [Again](a.md)\n") << 2 << "'a.md' is listed more than once" << true;
        QTest::newRow("no chapters") << QByteArray("# Summary\n") << 1 << "lists no chapters" << true;
        QTest::newRow("invalid UTF-8") << QByteArray("- [A](a.md)\n- [B\xff](b.md)\n") << 2 << "not valid UTF-8" << true;
        QTest::newRow("text after link") << QByteArray("- [A](a.md) and more\n") << 1 << "text after the chapter link is ignored" << false;
        QTest::newRow("text around prefix link")
            << QByteArray("See [A](a.md)\n\n- [B](b.md)\n") << 1 << "text outside the prefix chapter links" << false;
    }
    void problems()
    {
        QFETCH(QByteArray, source);
        QFETCH(int, line);
        QFETCH(QString, message);
        QFETCH(bool, error);
        const Summary summary = SummaryParser::parse(source, QStringLiteral("book/SUMMARY.md"));
        QCOMPARE(summary.problems.size(), 1);
        const Problem &problem = summary.problems.first();
        QCOMPARE(problem.file, QStringLiteral("book/SUMMARY.md"));
        QCOMPARE(problem.line, line);
        QVERIFY2(problem.message.contains(message), qPrintable(problem.message));
        QCOMPARE(problem.isError(), error);
    }

    // Parsing goes on after a mistake: the chapters around a broken item are all kept.
    void keepsGoing()
    {
        const Summary summary = SummaryParser::parse("- [A](a.md)\n- broken\n  - [Child](child.md)\n- [B](b.md)\n");
        QCOMPARE(summary.problems.size(), 1);
        QCOMPARE(summary.entries.size(), 3);
        QCOMPARE(summary.entries.at(2).title, QStringLiteral("B"));
        QCOMPARE(summary.entries.at(2).number, QStringLiteral("3"));
    }

    // The fixture book uses every element; its SUMMARY.md must read without a problem.
    void fixtureBook()
    {
        QFile file(QStringLiteral(RUST_ATLAS_TEST_DATA "/book/src/SUMMARY.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Summary summary = SummaryParser::parse(file.readAll());
        QVERIFY2(summary.problems.isEmpty(), qPrintable(summary.problems.value(0).message));
        QCOMPARE(summary.entries.first().path, QStringLiteral("README.md"));
        QCOMPARE(summary.entries.last().path, QStringLiteral("appendix/broken-include.md"));
        QCOMPARE(std::count_if(summary.entries.cbegin(), summary.entries.cend(),
                               [](const SummaryEntry &e) { return e.kind == Kind::PartTitle; }),
                 2);
        QVERIFY(std::any_of(summary.entries.cbegin(), summary.entries.cend(), [](const SummaryEntry &e) { return e.depth == 2; }));
        QVERIFY(std::any_of(summary.entries.cbegin(), summary.entries.cend(), [](const SummaryEntry &e) { return e.draft; }));
    }
};

QTEST_GUILESS_MAIN(TestSummaryParser)
#include "tst_summaryparser.moc"
