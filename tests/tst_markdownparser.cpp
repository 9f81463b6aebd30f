// SPDX-License-Identifier: MIT
#include "markdown/anchorgenerator.h"
#include "markdown/markdownparser.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {
QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(RUST_ATLAS_TEST_DATA "/markdown/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}
} // namespace

class TestMarkdownParser : public QObject
{
    Q_OBJECT

private slots:
    // Each fixture NAME.md is paired with NAME.html, the HTML the page view receives.
    void html_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"headings", "nested-lists", "table", "code-block", "links", "images", "raw-html", "empty", "link-list"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void html()
    {
        QFETCH(QString, name);
        const ParsedPage page = MarkdownParser::parse(readFixture(name + QStringLiteral(".md")));
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.html.trimmed(), QString::fromUtf8(readFixture(name + QStringLiteral(".html"))).trimmed());
    }

    void headingsAndTitle()
    {
        const ParsedPage page = MarkdownParser::parse(readFixture(QStringLiteral("headings.md")));
        QCOMPARE(page.title, QStringLiteral("Title with emphasis"));
        QCOMPARE(page.headings.size(), 4);
        QCOMPARE(page.headings.at(1).level, 2);
        QCOMPARE(page.headings.at(2).text, QStringLiteral("Sub & section"));
        QCOMPARE(page.headings.at(2).anchor, QStringLiteral("sub--section"));
        QCOMPARE(page.headings.at(3).anchor, QStringLiteral("section-1"));
        QCOMPARE(page.firstParagraph, QStringLiteral("Intro."));
    }

    void links_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::newRow("external with title") << 0 << "https://doc.rust-lang.org/book/"
                                             << "the book" << 1;
        QTest::newRow("internal with anchor") << 1 << "audiences/teams.md#why"
                                              << "teams" << 3;
        QTest::newRow("autolink") << 2 << "https://crates.io"
                                  << "https://crates.io" << 3;
        QTest::newRow("entity in target") << 3 << "a&b.md"
                                          << "amp" << 4;
    }
    void links()
    {
        QFETCH(int, index);
        QFETCH(QString, target);
        QFETCH(QString, text);
        QFETCH(int, line);
        const ParsedPage page = MarkdownParser::parse(readFixture(QStringLiteral("links.md")));
        QCOMPARE(page.links.size(), 4);
        QCOMPARE(page.links.at(index).target, target);
        QCOMPARE(page.links.at(index).text, text);
        QCOMPARE(page.links.at(index).line, line);
    }

    void images()
    {
        const ParsedPage page = MarkdownParser::parse(readFixture(QStringLiteral("images.md")));
        QCOMPARE(page.images.size(), 2);
        QCOMPARE(page.images.at(0).target, QStringLiteral("img/crab.png"));
        QCOMPARE(page.images.at(0).text, QStringLiteral("A crab"));
        QCOMPARE(page.images.at(1).line, 3);
        QVERIFY2(page.plainText.contains(QStringLiteral("A crab")), "alt text is searchable");
    }

    void rawHtmlImagesAndText()
    {
        const ParsedPage page = MarkdownParser::parse(readFixture(QStringLiteral("raw-html.md")));
        QCOMPARE(page.images.size(), 2);
        QCOMPARE(page.images.at(0).target, QStringLiteral("figures/f.svg"));
        QCOMPARE(page.images.at(0).text, QStringLiteral("The figure"));
        QCOMPARE(page.images.at(0).line, 3);
        QCOMPARE(page.images.at(1).target, QStringLiteral("inline.png"));
        QCOMPARE(page.images.at(1).line, 5);
        QVERIFY(page.plainText.contains(QStringLiteral("Drawn here.")));
        QVERIFY(!page.plainText.contains(u'<'));
    }

    void firstLinkList()
    {
        const ParsedPage page = MarkdownParser::parse(readFixture(QStringLiteral("link-list.md")));
        QCOMPARE(page.linkList.size(), 3);
        QCOMPARE(page.linkList.at(0).target, QStringLiteral("a.md"));
        QCOMPARE(page.linkList.at(0).title, QStringLiteral("Alpha"));
        QCOMPARE(page.linkList.at(0).summary, QStringLiteral("first letter"));
        QCOMPARE(page.linkList.at(0).icon, QStringLiteral("icons/a.svg"));
        QCOMPARE(page.linkList.at(1).summary, QStringLiteral("second letter"));
        QVERIFY(page.linkList.at(1).icon.isEmpty());
        QCOMPARE(page.linkList.at(2).title, QStringLiteral("Gamma"));
        QCOMPARE(page.linkList.at(2).summary, QString());
        // A link's title is the item's shorter name, for tight spaces.
        QCOMPARE(page.linkList.at(2).shortTitle, QStringLiteral("G"));
        QVERIFY(page.linkList.at(0).shortTitle.isEmpty());
    }

    void plainTextHasNoMarkup()
    {
        const ParsedPage page = MarkdownParser::parse(readFixture(QStringLiteral("table.md")));
        QVERIFY(page.plainText.contains(QStringLiteral("tokio")));
        QVERIFY(page.plainText.contains(QStringLiteral("serde_json")));
        QVERIFY(!page.plainText.contains(u'|'));
        QVERIFY(!page.plainText.contains(u'`'));
    }

    // Search snippets read plainText: blocks never run together ("ConversionsCoercions").
    void blocksDoNotRunTogether()
    {
        const ParsedPage page = MarkdownParser::parse("- Type Conversions\n  - Coercions\n  - Casts\n\n> Quoted\n\nAfter\n");
        QVERIFY2(!page.plainText.contains(QStringLiteral("ConversionsCoercions")), qPrintable(page.plainText));
        QVERIFY(!page.plainText.contains(QStringLiteral("CoercionsCasts")));
        const QStringList words = page.plainText.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        QCOMPARE(words,
                 (QStringList{QStringLiteral("Type"), QStringLiteral("Conversions"), QStringLiteral("Coercions"), QStringLiteral("Casts"),
                              QStringLiteral("Quoted"), QStringLiteral("After")}));
    }

    void emptyInput()
    {
        const ParsedPage page = MarkdownParser::parse(QByteArray());
        QVERIFY(page.error.isEmpty());
        QVERIFY(page.title.isEmpty());
        QVERIFY(page.plainText.isEmpty());
        QVERIFY(page.html.isEmpty());
    }

    void invalidUtf8IsNeverPassedThrough()
    {
        // The reader repairs files; even unrepaired bytes must not break the parser or leak out raw.
        const ParsedPage page = MarkdownParser::parse(QByteArrayLiteral("# Caf\xe9\n\nok \xff\xfe\n"));
        QVERIFY(page.error.isEmpty());
        QCOMPARE(page.headings.size(), 1);
        QVERIFY(page.plainText.contains(QChar::ReplacementCharacter));
        QVERIFY(page.plainText.contains(QStringLiteral("ok")));
    }

    void nullCharacterIsReplaced()
    {
        const ParsedPage page = MarkdownParser::parse(QByteArray("a\0b", 3));
        QCOMPARE(page.plainText, QStringLiteral("a\uFFFDb"));
    }

    void multiMegabytePage()
    {
        QByteArray text;
        for (int i = 0; text.size() < 4 * 1024 * 1024; ++i)
            text += "## Section " + QByteArray::number(i) + "\n\nSome *text* with a [link](p" + QByteArray::number(i)
                + ".md) and `code`.\n\n- item\n- item\n\n";
        const ParsedPage page = MarkdownParser::parse(text);
        QVERIFY(page.error.isEmpty());
        QVERIFY(page.headings.size() > 40000);
        QCOMPARE(page.headings.size(), page.links.size());
        QCOMPARE(page.links.last().line, int(text.count('\n')) - 4);
        QCOMPARE(page.headings.last().anchor, AnchorGenerator::slug(page.headings.last().text));
    }

    // Found by fuzz_markdown: md4c 0.4.8 leaves a link here that it never entered.
    void linkLeftWithoutEnteringIsIgnored()
    {
        const ParsedPage page = MarkdownParser::parse(QByteArray("![icon](icons/a.svg \"Sho[ r\")tPage](page.md): summary\n"));
        QCOMPARE(page.images.size(), 1);
        QCOMPARE(page.images.at(0).target, QStringLiteral("icons/a.svg"));
        QCOMPARE(page.html.count(QStringLiteral("<a ")), page.html.count(QStringLiteral("</a>")));
        QVERIFY(page.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMarkdownParser)
#include "tst_markdownparser.moc"
