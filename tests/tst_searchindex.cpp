// SPDX-License-Identifier: MIT
#include "content/catalogue.h"
#include "search/searchindex.h"
#include "searchtestpack.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace SearchTestPack;

// Queries, ranking, snippets and suggestions. The on-disk index is tested in tst_indexstore,
// indexing in a thread in tst_searchindexer, the edit distance in tst_titlesuggester.
class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_bundled = std::make_unique<Catalogue>(Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR)));
        QVERIFY(m_bundled->pages().size() > 20);
        m_bundledIndex.buildInMemory(*m_bundled);
        QVERIFY2(m_bundledIndex.status().startsWith(QStringLiteral("Search is ready")), qPrintable(m_bundledIndex.status()));
        QCOMPARE(m_bundledIndex.lastUpdate().added, int(m_bundled->pages().size()));

        QVERIFY(m_zooDir.isValid());
        writeFiles(m_zooDir.path(), zooPack());
        m_zoo = std::make_unique<Catalogue>(Catalogue::load(m_zooDir.path()));
        QCOMPARE(m_zoo->pages().size(), zooPack().size());
        m_zooIndex.buildInMemory(*m_zoo);
    }

    // The search maps a match to its section through Heading::offset.
    void headingOffsetsPointAtTheirText()
    {
        for (const Page &page : m_bundled->pages()) {
            const ParsedPage content = m_bundled->content(page.id);
            for (const Heading &heading : content.headings) {
                QCOMPARE(content.plainText.mid(heading.offset, heading.text.size()).simplified(), heading.text);
            }
        }
    }

    void titleSearchFindsItsPageFirst_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("pageId");
        const Catalogue catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
        QTest::newRow("WebAssembly") << "WebAssembly"
                                     << "categories/webassembly";
        QTest::newRow("lower case") << "webassembly"
                                    << "categories/webassembly";
        for (const CategoryEntry &category : catalogue.categories())
            QTest::addRow("category %s", qPrintable(category.pageId)) << category.title << category.pageId;
        const TreeNode &who = *catalogue.tree().children.at(0);
        QVERIFY(!who.children.empty());
        for (const auto &audience : who.children)
            QTest::addRow("audience %s", qPrintable(audience->pageId)) << audience->title << audience->pageId;
    }

    void titleSearchFindsItsPageFirst()
    {
        QFETCH(QString, title);
        QFETCH(QString, pageId);
        for (const auto matching : {SearchIndex::Matching::WholeWords, SearchIndex::Matching::PrefixLastWord}) {
            const SearchResults found = m_bundledIndex.search(title, matching);
            QVERIFY2(!found.results.isEmpty(), qPrintable(found.message));
            QCOMPARE(found.results.first().pageId, pageId);
            QVERIFY(found.results.first().exactTitle);
            QVERIFY(found.message.isEmpty());
        }
    }

    void titleRanksAboveHeadingAboveBody()
    {
        const SearchResults found = m_zooIndex.search(QStringLiteral("zephyr"));
        QCOMPARE(ids(found), (QStringList{QStringLiteral("zephyr"), QStringLiteral("winds"), QStringLiteral("weather")}));
        QVERIFY(!found.results.first().exactTitle);
    }

    void onePerPageAndLimit()
    {
        const SearchResults all = m_bundledIndex.search(QStringLiteral("rust"));
        QVERIFY(all.results.size() > 5);
        QStringList seen = ids(all);
        seen.removeDuplicates();
        QCOMPARE(seen.size(), all.results.size());
        QCOMPARE(m_bundledIndex.search(QStringLiteral("rust"), SearchIndex::Matching::WholeWords, 5).results.size(), 5);
    }

    void matching_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("prefix");
        QTest::addColumn<QStringList>("expected");
        const auto list = [](std::initializer_list<const char *> names) {
            QStringList out;
            for (const char *name : names)
                out << QString::fromLatin1(name);
            out.sort();
            return out;
        };
        QTest::newRow("words anywhere") << "memory safety" << false << list({"phrase", "scattered"});
        QTest::newRow("phrase") << "\"memory safety\"" << false << list({"phrase"});
        QTest::newRow("stemming") << "run" << false << list({"athletics"});
        QTest::newRow("prefix") << "marsu" << true << list({"kangaroo", "quokka"});
        QTest::newRow("no prefix when not typing") << "marsu" << false << list({});
        QTest::newRow("prefix past the stem") << "runni" << true << list({"athletics"});
        QTest::newRow("prefix past the stem, capitals") << "RUNNIN" << true << list({"athletics"});
        QTest::newRow("exclusion") << "marsupial -hopping" << false << list({"quokka"});
        QTest::newRow("excluded phrase") << "memory -\"memory safety\"" << false << list({"scattered"});
        QTest::newRow("OR") << "wombat OR platypus" << false << list({"platypus", "wombat"});
        QTest::newRow("OR and AND") << "marsupial large OR smiles" << false << list({"kangaroo", "quokka"});
        QTest::newRow("lower-case or is a word") << "wombat or platypus" << false << list({});
        QTest::newRow("diacritics") << QStringLiteral("w\u00f6mbat") << false << list({"wombat"});
        QTest::newRow("link targets are not text") << "hiddenurlword" << false << list({});
        QTest::newRow("link text is") << "visible" << false << list({"links"});
    }

    void matching()
    {
        QFETCH(QString, text);
        QFETCH(bool, prefix);
        QFETCH(QStringList, expected);
        const SearchResults found
            = m_zooIndex.search(text, prefix ? SearchIndex::Matching::PrefixLastWord : SearchIndex::Matching::WholeWords);
        QStringList got = ids(found);
        got.sort();
        QCOMPARE(got, expected);
        QVERIFY(soundsFriendly(found.message));
        QCOMPARE(found.message.isEmpty(), !expected.isEmpty());
    }

    void hostileText_data()
    {
        QTest::addColumn<QString>("text");
        const QStringList texts = {
            QStringLiteral("\""),
            QStringLiteral("\"\""),
            QStringLiteral("\"\"\""),
            QStringLiteral("*"),
            QStringLiteral("rust*"),
            QStringLiteral("*rust"),
            QStringLiteral("NEAR(rust memory)"),
            QStringLiteral("NEAR("),
            QStringLiteral("NEAR(\"a\" \"b\", 5)"),
            QStringLiteral("title:rust"),
            QStringLiteral("body:"),
            QStringLiteral("{title body}: rust"),
            QStringLiteral("^rust"),
            QStringLiteral("rust^"),
            QStringLiteral("'; DROP TABLE pages; --"),
            QStringLiteral("\" OR 1=1 --"),
            QStringLiteral("rust) OR (1"),
            QStringLiteral("((("),
            QStringLiteral(")))"),
            QStringLiteral("AND"),
            QStringLiteral("NOT"),
            QStringLiteral("OR"),
            QStringLiteral("rust AND"),
            QStringLiteral("NOT rust"),
            QStringLiteral("rust NOT"),
            QStringLiteral("-"),
            QStringLiteral("--"),
            QStringLiteral("-rust"),
            QStringLiteral("- - -"),
            QStringLiteral("--rust"),
            QStringLiteral("!!!???..."),
            QStringLiteral("$$$ ### @@@"),
            QString(QChar(0)),
            QStringLiteral("\u0001\u0002\u0003rust\u001b[31m"),
            QString(10 * 1024, u'a'),
            QStringLiteral("rust ").repeated(2048),
            QString(10 * 1024, u'"'),
            QStringLiteral("-\"").repeated(5000),
            QStringLiteral("\U0001F980"),
            QString(QChar(0xD800)) + QStringLiteral("rust"),
            QStringLiteral("rust OR OR memory"),
            QStringLiteral("OR OR OR"),
            QStringLiteral("+rust"),
            QStringLiteral("rust:memory:safety"),
            QStringLiteral("%_"),
            QStringLiteral("\\"),
            QStringLiteral("char(2)"),
            QStringLiteral("<script>alert(1)</script>"),
            QStringLiteral("\"unclosed phrase rust"),
            QStringLiteral("rust\""),
            QStringLiteral("a\"b\"c\"d"),
            QStringLiteral("rank:"),
            QStringLiteral("rowid = 1"),
            QStringLiteral("\u5185\u5b58\u5b89\u5168"),
            QStringLiteral("e\u0301"),
            QStringLiteral("\u200b"),
            QStringLiteral("x ").repeated(40),
            QStringLiteral("-\"memory safety\""),
            QStringLiteral("\u0002rust\u0003"),
            QStringLiteral("snippet(fts, 0)"),
        };
        for (int i = 0; i < texts.size(); ++i)
            QTest::addRow("%d %s", i, qPrintable(texts.at(i).left(24).toHtmlEscaped())) << texts.at(i);
        QVERIFY(texts.size() >= 30);
    }

    void hostileText()
    {
        QFETCH(QString, text);
        for (const auto matching : {SearchIndex::Matching::WholeWords, SearchIndex::Matching::PrefixLastWord}) {
            const SearchResults found = m_bundledIndex.search(text, matching);
            // A failed query would mark the index for rebuilding: none may fail.
            QVERIFY(!m_bundledIndex.needsRebuild());
            QVERIFY2(soundsFriendly(found.message), qPrintable(found.message));
            QCOMPARE(found.message.isEmpty(), !found.results.isEmpty());
            for (const SearchResult &result : found.results)
                QVERIFY(!result.snippetHtml.contains(QStringLiteral("<script")));
        }
    }

    void snippetIsEscapedHtml()
    {
        const SearchResults found = m_zooIndex.search(QStringLiteral("escapeword"));
        QCOMPARE(found.results.size(), 1);
        const QString snippet = found.results.first().snippetHtml;
        QVERIFY2(snippet.contains(QStringLiteral("<b>escapeword</b>")), qPrintable(snippet));
        QVERIFY2(snippet.contains(QStringLiteral("a &lt; b &amp;&amp; c &gt; d")), qPrintable(snippet));
        QVERIFY2(snippet.contains(QStringLiteral("&quot;quotes&quot;")), qPrintable(snippet));
        QString withoutBold = snippet;
        withoutBold.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
        QVERIFY(!withoutBold.contains(u'<') && !withoutBold.contains(u'>'));
        QVERIFY(!snippet.contains(QChar(2)) && !snippet.contains(QChar(3)));
    }

    void snippetMarksStemmedWords()
    {
        const SearchResults found = m_zooIndex.search(QStringLiteral("run"));
        QCOMPARE(found.results.size(), 1);
        QVERIFY(found.results.first().snippetHtml.contains(QStringLiteral("<b>running</b>")));
        QCOMPARE(found.results.first().highlightTerms, (QStringList{QStringLiteral("running"), QStringLiteral("run")}));
        QCOMPARE(found.highlightTerms, QStringList{QStringLiteral("run")});
    }

    void matchedSection_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("pageId");
        QTest::addColumn<int>("headingIndex"); // -1: before the first heading
        QTest::newRow("second section") << "numbat"
                                        << "sections" << 2;
        QTest::newRow("last section") << "wash"
                                      << "sections" << 3;
        QTest::newRow("introduction") << "intro paragraph"
                                      << "sections" << 0;
        QTest::newRow("heading itself") << "getting started"
                                        << "sections" << 1;
        QTest::newRow("bundled pack") << "wasm-bindgen"
                                      << "categories/webassembly" << 2;
        QTest::newRow("first match, not the snippet's") << "zebra"
                                                        << "stripes" << 1;
    }

    void matchedSection()
    {
        QFETCH(QString, text);
        QFETCH(QString, pageId);
        QFETCH(int, headingIndex);
        SearchIndex &index = pageId.startsWith(QStringLiteral("categories/")) ? m_bundledIndex : m_zooIndex;
        const Catalogue &catalogue = pageId.startsWith(QStringLiteral("categories/")) ? *m_bundled : *m_zoo;
        const SearchResults found = index.search(text);
        QVERIFY(!found.results.isEmpty());
        QCOMPARE(found.results.first().pageId, pageId);
        const Heading &expected = catalogue.content(pageId).headings.at(headingIndex);
        QCOMPARE(found.results.first().heading, expected.text);
        QCOMPARE(found.results.first().anchor, expected.anchor);
    }

    void suggestions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("firstTitle");
        QTest::newRow("typo") << "webasembly"
                              << "WebAssembly";
        QTest::newRow("swapped letters") << "robtoics"
                                         << "Robotics";
        QTest::newRow("two words") << "machin lerning"
                                   << "Machine learning";
        QTest::newRow("prefix of a title word") << "blockch"
                                                << "Blockchain";
        QTest::newRow("one word close to nothing") << "blockch xyzzy" << QString();
        QTest::newRow("nothing close") << "qqqqqqqq" << QString();
    }

    void suggestions()
    {
        QFETCH(QString, text);
        QFETCH(QString, firstTitle);
        // Searched as typed: close titles are offered for what the spelling step would correct.
        const SearchResults found
            = m_bundledIndex.search(text, SearchIndex::Matching::WholeWords, SearchIndex::DefaultLimit, SearchIndex::Spelling::AsTyped);
        QVERIFY(found.results.isEmpty());
        QVERIFY(!found.message.isEmpty() && soundsFriendly(found.message));
        QVERIFY(found.suggestions.size() <= 3);
        QCOMPARE(found.suggestions.value(0).title, firstTitle);
    }

    // Past the rank window (matches too many to rank), the first matching pages come, those with
    // the word in a title or heading first; never an error, never a duplicate.
    void rankWindowPutsStrongMatchesFirst()
    {
        QTemporaryDir pack;
        writeLargePack(pack.path(), 60);
        // Sorted between page-0010 and page-0011: inside the window, but not its first page.
        writeFiles(pack.path(), {{QStringLiteral("page-0010b.md"), "# Notes\n\nSome text.\n\n## Filler facts\n\nMore text.\n"}});
        const Catalogue catalogue = Catalogue::load(pack.path());
        SearchIndex index;
        index.buildInMemory(catalogue);
        index.setRankWindow(20);
        const SearchResults found = index.search(QStringLiteral("filler"));
        QVERIFY(!index.needsRebuild());
        QCOMPARE(found.results.size(), SearchIndex::DefaultLimit);
        QCOMPARE(found.results.first().pageId, QStringLiteral("page-0010b"));
        QCOMPARE(found.results.first().heading, QStringLiteral("Filler facts"));
        QCOMPARE(found.results.at(1).pageId, QStringLiteral("page-0000"));
        QStringList unique = ids(found);
        unique.removeDuplicates();
        QCOMPARE(unique.size(), found.results.size());
        for (const SearchResult &result : found.results)
            QVERIFY2(result.snippetHtml.contains(QStringLiteral("<b>Filler</b>")), qPrintable(result.snippetHtml));
        QCOMPARE(ids(index.search(QStringLiteral("filler -rust"))), QStringList{QStringLiteral("page-0010b")});
    }

private:
    std::unique_ptr<Catalogue> m_bundled;
    SearchIndex m_bundledIndex;
    QTemporaryDir m_zooDir;
    std::unique_ptr<Catalogue> m_zoo;
    SearchIndex m_zooIndex;
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
