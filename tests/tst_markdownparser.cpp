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
        QCOMPARE(page.links.at(index).written, target);
        QCOMPARE(page.links.at(index).text, text);
        QCOMPARE(page.links.at(index).line, line);
    }

    void images()
    {
        const ParsedPage page = MarkdownParser::parse(readFixture(QStringLiteral("images.md")));
        QCOMPARE(page.images.size(), 2);
        QCOMPARE(page.images.at(0).written, QStringLiteral("img/crab.png"));
        QCOMPARE(page.images.at(0).text, QStringLiteral("A crab"));
        QCOMPARE(page.images.at(1).line, 3);
        QVERIFY2(page.plainText.contains(QStringLiteral("A crab")), "alt text is searchable");
    }

    void rawHtmlImagesAndText()
    {
        const ParsedPage page = MarkdownParser::parse(readFixture(QStringLiteral("raw-html.md")));
        QCOMPARE(page.images.size(), 2);
        QCOMPARE(page.images.at(0).written, QStringLiteral("figures/f.svg"));
        QCOMPARE(page.images.at(0).text, QStringLiteral("The figure"));
        QCOMPARE(page.images.at(0).line, 3);
        QCOMPARE(page.images.at(1).written, QStringLiteral("inline.png"));
        QCOMPARE(page.images.at(1).line, 5);
        QVERIFY(page.plainText.contains(QStringLiteral("Drawn here.")));
        QVERIFY(!page.plainText.contains(u'<'));
    }

    void resolvedPagesCarryCanonicalAddresses()
    {
        // Each reference, Markdown or raw HTML, is resolved once; the HTML carries the result.
        MarkdownParser::Options options;
        QStringList asked;
        options.resolve = [&asked](const QString &written) {
            asked << written;
            return written.endsWith(QStringLiteral(".md")) ? LinkTarget::page(written.chopped(3))
                                                           : LinkTarget::fromHref(QStringLiteral("ra-file:") + written);
        };
        const ParsedPage page = MarkdownParser::parse("See [a](a.md) and <a href=\"b.md\">b</a>.\n\n"
                                                      "![pic](p.png) <img src='q&amp;r.png' alt=\"Q\">\n\n"
                                                      "<div>\n<a\nhref=\"c.md\">c</a>\n</div>\n",
                                                      options);
        QCOMPARE(asked,
                 (QStringList{QStringLiteral("a.md"), QStringLiteral("b.md"), QStringLiteral("p.png"), QStringLiteral("q&r.png"),
                              QStringLiteral("c.md")}));
        QCOMPARE(page.links.size(), 3);
        QCOMPARE(page.links.at(1).target, LinkTarget::page(QStringLiteral("b")));
        QCOMPARE(page.links.at(2).written, QStringLiteral("c.md"));
        QCOMPARE(page.links.at(2).line, 7); // where its address is, in a tag over two lines
        QCOMPARE(page.images.at(1).text, QStringLiteral("Q"));
        for (const QString &address :
             {QStringLiteral("href=\"ra-page:a\""), QStringLiteral("href=\"ra-page:b\""), QStringLiteral("href=\"ra-page:c\""),
              QStringLiteral("src=\"ra-file:p.png\""), QStringLiteral("src=\"ra-file:q%26r.png\"")})
            QVERIFY2(page.html.contains(address), qPrintable(address + u'\n' + page.html));
        QVERIFY(!page.html.contains(QStringLiteral(".md")));
    }

    void firstLinkList()
    {
        const ParsedPage page = MarkdownParser::parse(readFixture(QStringLiteral("link-list.md")));
        QCOMPARE(page.linkList.size(), 3);
        QCOMPARE(page.links.at(page.linkList.at(0).link).written, QStringLiteral("a.md"));
        QCOMPARE(page.linkList.at(0).title, QStringLiteral("Alpha"));
        QCOMPARE(page.linkList.at(0).summary, QStringLiteral("first letter"));
        QCOMPARE(page.images.at(page.linkList.at(0).icon).written, QStringLiteral("icons/a.svg"));
        QCOMPARE(page.linkList.at(1).summary, QStringLiteral("second letter"));
        QCOMPARE(page.linkList.at(1).icon, -1);
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
        QCOMPARE(page.images.at(0).written, QStringLiteral("icons/a.svg"));
        QCOMPARE(page.html.count(QStringLiteral("<a ")), page.html.count(QStringLiteral("</a>")));
        QVERIFY(page.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMarkdownParser)
#include "tst_markdownparser.moc"
