// SPDX-License-Identifier: MIT
#include "content/catalogue.h"
#include "search/indexstore.h"
#include "search/searchindex.h"
#include "search/searchindexer.h"
#include "search/titlesuggester.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

using Files = QMap<QString, QByteArray>;

void writeFiles(const QString &root, const Files &files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = QDir(root).filePath(it.key());
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        QCOMPARE(file.write(it.value()), it.value().size());
    }
}

/// A small pack whose pages each test one rule of ranking, matching or sections.
Files zooPack()
{
    return {
        // Alike in length; the body page says "zephyr" three times. Only the column weights
        // (title 10, headings 4, body 1) put the title page first and the heading page second.
        {QStringLiteral("zephyr.md"), "# Zephyr guide\n\nA short page about the winds that blow over the hills in spring.\n"},
        {QStringLiteral("winds.md"), "# Winds\n\nThe winds blow.\n\n## Zephyr season\n\nWarm air arrives over the hills in spring.\n"},
        {QStringLiteral("weather.md"), "# Weather notes\n\nThe zephyr blew; a zephyr is a warm zephyr over the hills.\n"},
        {QStringLiteral("phrase.md"), "# Guarantees\n\nThe memory safety of the language matters.\n"},
        {QStringLiteral("scattered.md"), "# Scattered\n\nThe safety of memory is discussed here.\n"},
        {QStringLiteral("athletics.md"), "# Athletics\n\nShe was running along the track.\n"},
        {QStringLiteral("quokka.md"), "# Quokka\n\nA small marsupial that smiles.\n"},
        {QStringLiteral("kangaroo.md"), "# Kangaroo\n\nA large marsupial, always hopping.\n"},
        // The snippet shows the second section, where the word is dense; the first match is in the first.
        {QStringLiteral("stripes.md"), "# Stripes\n\n## First sighting\n\nOne zebra.\n\n## Herd\n\n"
                                       "Zebra after zebra, a zebra crossing with zebra foals and zebra mares.\n"},
        {QStringLiteral("links.md"), "# Links\n\nRead [the visible text](https://example.org/hiddenurlword) now.\n"},
        {QStringLiteral("wombat.md"), "# Burrowers\n\nThe wombat digs.\n"},
        {QStringLiteral("platypus.md"), "# Odd ones\n\nThe platypus lays eggs.\n"},
        {QStringLiteral("operators.md"), "# Operators\n\nIn C, `a < b && c > d` is an escapeword example with \"quotes\".\n"},
        {QStringLiteral("sections.md"), "# Field guide\n\nIntro paragraph of the guide.\n\n## Getting started\n\nNothing here.\n\n"
                                        "## Installing the feeder\n\nPlace the numbat feeder near the fence.\n\n"
                                        "## Cleaning\n\nWash it with water.\n"},
    };
}

QStringList ids(const SearchResults &found)
{
    QStringList out;
    for (const SearchResult &result : found.results)
        out << result.pageId;
    return out;
}

/// The user must never read about SQL, FTS5 or their errors.
bool soundsFriendly(const QString &message)
{
    static const QRegularExpression technical(QStringLiteral("sql|fts|syntax|parse|malformed|error|near \""),
                                              QRegularExpression::CaseInsensitiveOption);
    return !message.contains(technical);
}

QString corrupt(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return file.errorString();
    file.write(bytes);
    return {};
}

/// Runs SQL on an index file behind SearchIndex's back, as another program (or a crash) could.
bool tamper(const QString &path, const QString &sql)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        ok = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return ok;
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_bundled = std::make_unique<Catalogue>(Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR)));
        QVERIFY(m_bundled->pages().size() > 20);
        m_bundledIndex.buildInMemory(*m_bundled);
        QVERIFY2(m_bundledIndex.status().startsWith(QStringLiteral("Search index built in memory")),
                 qPrintable(m_bundledIndex.status()));
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
            for (const Heading &heading : page.content.headings) {
                QCOMPARE(page.content.plainText.mid(heading.offset, heading.text.size()).simplified(), heading.text);
            }
        }
    }

    void titleSearchFindsItsPageFirst_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("pageId");
        const Catalogue catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
        QTest::newRow("WebAssembly") << "WebAssembly" << "categories/webassembly";
        QTest::newRow("lower case") << "webassembly" << "categories/webassembly";
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
        const SearchResults found = m_zooIndex.search(text, prefix ? SearchIndex::Matching::PrefixLastWord
                                                                   : SearchIndex::Matching::WholeWords);
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
            QStringLiteral("\""), QStringLiteral("\"\""), QStringLiteral("\"\"\""), QStringLiteral("*"),
            QStringLiteral("rust*"), QStringLiteral("*rust"), QStringLiteral("NEAR(rust memory)"), QStringLiteral("NEAR("),
            QStringLiteral("NEAR(\"a\" \"b\", 5)"), QStringLiteral("title:rust"), QStringLiteral("body:"),
            QStringLiteral("{title body}: rust"), QStringLiteral("^rust"), QStringLiteral("rust^"),
            QStringLiteral("'; DROP TABLE pages; --"), QStringLiteral("\" OR 1=1 --"), QStringLiteral("rust) OR (1"),
            QStringLiteral("((("), QStringLiteral(")))"), QStringLiteral("AND"), QStringLiteral("NOT"), QStringLiteral("OR"),
            QStringLiteral("rust AND"), QStringLiteral("NOT rust"), QStringLiteral("rust NOT"), QStringLiteral("-"),
            QStringLiteral("--"), QStringLiteral("-rust"), QStringLiteral("- - -"), QStringLiteral("--rust"),
            QStringLiteral("!!!???..."), QStringLiteral("$$$ ### @@@"), QString(QChar(0)),
            QStringLiteral("\u0001\u0002\u0003rust\u001b[31m"), QString(10 * 1024, u'a'),
            QStringLiteral("rust ").repeated(2048), QString(10 * 1024, u'"'), QStringLiteral("-\"").repeated(5000),
            QStringLiteral("\U0001F980"), QString(QChar(0xD800)) + QStringLiteral("rust"), QStringLiteral("rust OR OR memory"),
            QStringLiteral("OR OR OR"), QStringLiteral("+rust"), QStringLiteral("rust:memory:safety"), QStringLiteral("%_"),
            QStringLiteral("\\"), QStringLiteral("char(2)"), QStringLiteral("<script>alert(1)</script>"),
            QStringLiteral("\"unclosed phrase rust"), QStringLiteral("rust\""), QStringLiteral("a\"b\"c\"d"),
            QStringLiteral("rank:"), QStringLiteral("rowid = 1"), QStringLiteral("\u5185\u5b58\u5b89\u5168"),
            QStringLiteral("e\u0301"), QStringLiteral("\u200b"), QStringLiteral("x ").repeated(40),
            QStringLiteral("-\"memory safety\""), QStringLiteral("\u0002rust\u0003"), QStringLiteral("snippet(fts, 0)"),
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
        QTest::newRow("second section") << "numbat" << "sections" << 2;
        QTest::newRow("last section") << "wash" << "sections" << 3;
        QTest::newRow("introduction") << "intro paragraph" << "sections" << 0;
        QTest::newRow("heading itself") << "getting started" << "sections" << 1;
        QTest::newRow("bundled pack") << "wasm-bindgen" << "categories/webassembly" << 2;
        QTest::newRow("first match, not the snippet's") << "zebra" << "stripes" << 1;
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
        const Heading &expected = catalogue.page(pageId)->content.headings.at(headingIndex);
        QCOMPARE(found.results.first().heading, expected.text);
        QCOMPARE(found.results.first().anchor, expected.anchor);
    }

    void suggestions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("firstTitle");
        QTest::newRow("typo") << "webasembly" << "WebAssembly";
        QTest::newRow("swapped letters") << "robtoics" << "Robotics";
        QTest::newRow("two words") << "machin lerning" << "Machine learning";
        QTest::newRow("prefix of a title word") << "blockch" << "Blockchain";
        QTest::newRow("one word close to nothing") << "blockch xyzzy" << QString();
        QTest::newRow("nothing close") << "qqqqqqqq" << QString();
    }

    void suggestions()
    {
        QFETCH(QString, text);
        QFETCH(QString, firstTitle);
        const SearchResults found = m_bundledIndex.search(text);
        QVERIFY(found.results.isEmpty());
        QVERIFY(!found.message.isEmpty() && soundsFriendly(found.message));
        QVERIFY(found.suggestions.size() <= 3);
        QCOMPARE(found.suggestions.value(0).title, firstTitle);
    }

    void suggesterDistance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("same") << "rust" << "rust" << 0;
        QTest::newRow("substitution") << "rust" << "bust" << 1;
        QTest::newRow("insertion") << "rust" << "rusty" << 1;
        QTest::newRow("deletion") << "rust" << "rst" << 1;
        QTest::newRow("transposition") << "rust" << "rsut" << 1;
        QTest::newRow("empty") << "" << "abc" << 3;
        QTest::newRow("different") << "kitten" << "sitting" << 3;
    }

    void suggesterDistance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(TitleSuggester::distance(a, b), distance);
        QCOMPARE(TitleSuggester::distance(b, a), distance);
    }

    void persistentIndexUpdatesOnlyWhatChanged()
    {
        QTemporaryDir pack, cache;
        Files files;
        for (const char letter : {'a', 'b', 'c', 'd', 'e'})
            files.insert(QStringLiteral("page-%1.md").arg(QLatin1Char(letter)),
                         QByteArray("# Page ") + letter + "\n\nThe unique word is alpha" + letter + ".\n");
        writeFiles(pack.path(), files);

        SearchIndex first;
        first.open(Catalogue::load(pack.path()), cache.path());
        QVERIFY2(first.status().startsWith(QStringLiteral("Search index built: there was none")), qPrintable(first.status()));
        QVERIFY(!first.isInMemory());
        QVERIFY(first.databasePath().startsWith(cache.path()));
        QVERIFY(QFileInfo(first.databasePath()).isFile());
        QCOMPARE(first.lastUpdate().added, 5);
        QCOMPARE(ids(first.search(QStringLiteral("alphac"))), QStringList{QStringLiteral("page-c")});

        SearchIndex reopened;
        reopened.open(Catalogue::load(pack.path()), cache.path());
        QVERIFY2(reopened.status().startsWith(QStringLiteral("Search index up to date")), qPrintable(reopened.status()));
        QCOMPARE(reopened.databasePath(), first.databasePath());
        QCOMPARE(reopened.lastUpdate().unchanged, 5);
        QCOMPARE(reopened.lastUpdate().added + reopened.lastUpdate().changed + reopened.lastUpdate().removed, 0);

        writeFiles(pack.path(), {{QStringLiteral("page-c.md"), "# Page c\n\nNow it says xylophone.\n"}});
        SearchIndex changed;
        changed.open(Catalogue::load(pack.path()), cache.path());
        QVERIFY2(changed.status().startsWith(QStringLiteral("Search index updated")), qPrintable(changed.status()));
        QCOMPARE(changed.lastUpdate().changed, 1);
        QCOMPARE(changed.lastUpdate().unchanged, 4);
        QCOMPARE(changed.lastUpdate().added + changed.lastUpdate().removed, 0);
        QCOMPARE(ids(changed.search(QStringLiteral("xylophone"))), QStringList{QStringLiteral("page-c")});
        QVERIFY(changed.search(QStringLiteral("alphac")).results.isEmpty());
        QCOMPARE(ids(changed.search(QStringLiteral("xyloph"), SearchIndex::Matching::PrefixLastWord)),
                 QStringList{QStringLiteral("page-c")});

        QVERIFY(QFile::remove(QDir(pack.path()).filePath(QStringLiteral("page-d.md"))));
        writeFiles(pack.path(), {{QStringLiteral("page-f.md"), "# Page f\n\nThe unique word is alphaf.\n"}});
        SearchIndex removed;
        removed.open(Catalogue::load(pack.path()), cache.path());
        QCOMPARE(removed.lastUpdate().removed, 1);
        QCOMPARE(removed.lastUpdate().added, 1);
        QCOMPARE(removed.lastUpdate().unchanged, 4);
        QVERIFY(removed.search(QStringLiteral("alphad")).results.isEmpty());
        QCOMPARE(ids(removed.search(QStringLiteral("alphaf"))), QStringList{QStringLiteral("page-f")});
        const QVector<TitleSuggestion> suggested = removed.suggestions(QStringLiteral("pgae"), 10);
        QCOMPARE(suggested.size(), 5);
        for (const TitleSuggestion &suggestion : suggested)
            QVERIFY(suggestion.pageId != QLatin1String("page-d"));
    }

    void damagedIndexIsRebuilt_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("status");
        QTest::newRow("garbage") << "garbage" << "Search index rebuilt: the old one was damaged";
        QTest::newRow("header only") << "header" << "Search index rebuilt: the old one was damaged";
        QTest::newRow("emptied") << "empty" << "Search index rebuilt: the last indexing did not finish";
        QTest::newRow("table dropped") << "DROP TABLE vocab" << "Search index rebuilt: the old one was damaged";
        QTest::newRow("unfinished") << "DELETE FROM meta" << "Search index rebuilt: the last indexing did not finish";
        QTest::newRow("older schema") << QStringLiteral("PRAGMA user_version=%1").arg(IndexStore::SchemaVersion - 1)
                                      << "Search index rebuilt: the old one was made by an older version of Rust Atlas";
        QTest::newRow("newer schema") << QStringLiteral("PRAGMA user_version=%1").arg(IndexStore::SchemaVersion + 1)
                                      << "Search index rebuilt: the old one was made by a newer version of Rust Atlas";
    }

    void damagedIndexIsRebuilt()
    {
        QFETCH(QString, damage);
        QFETCH(QString, status);
        QTemporaryDir cache;
        QString path;
        {
            SearchIndex index;
            index.open(*m_zoo, cache.path());
            path = index.databasePath();
            QVERIFY(QFileInfo(path).isFile());
        }
        if (damage == QLatin1String("garbage")) {
            QByteArray bytes;
            for (int i = 0; i < 64 * 1024; ++i)
                bytes += char((i * 7919) % 251);
            QCOMPARE(corrupt(path, bytes), QString());
        } else if (damage == QLatin1String("header")) {
            QCOMPARE(corrupt(path, QByteArray("SQLite format 3") + '\0' + QByteArray(84, '\xff')), QString());
        } else if (damage == QLatin1String("empty")) {
            QCOMPARE(corrupt(path, {}), QString());
        } else {
            QVERIFY(tamper(path, damage));
        }

        SearchIndex index;
        index.open(*m_zoo, cache.path());
        QCOMPARE(index.status(), status + QStringLiteral(" (%1 pages)").arg(m_zoo->pages().size()));
        QCOMPARE(index.lastUpdate().added, int(m_zoo->pages().size()));
        QVERIFY(!index.isInMemory());
        QCOMPARE(ids(index.search(QStringLiteral("numbat"))), QStringList{QStringLiteral("sections")});

        SearchIndex again;
        again.open(*m_zoo, cache.path());
        QVERIFY2(again.status().startsWith(QStringLiteral("Search index up to date")), qPrintable(again.status()));
    }

    void failedSearchRebuildsOnNextOpen()
    {
        QTemporaryDir cache;
        SearchIndex index;
        index.open(*m_zoo, cache.path());
        QVERIFY(tamper(index.databasePath(), QStringLiteral("DROP TABLE pages")));
        const SearchResults found = index.search(QStringLiteral("numbat"));
        QVERIFY(found.results.isEmpty());
        QVERIFY2(soundsFriendly(found.message), qPrintable(found.message));
        QVERIFY(index.needsRebuild());
        index.open(*m_zoo, cache.path());
        QVERIFY2(index.status().startsWith(QStringLiteral("Search index rebuilt: a search failed")), qPrintable(index.status()));
        QVERIFY(!index.needsRebuild());
        QCOMPARE(ids(index.search(QStringLiteral("numbat"))), QStringList{QStringLiteral("sections")});
    }

    // Tests run as root in CI, where chmod 0555 does not stop writes: a cache folder below a
    // regular file cannot exist, and an index "file" that is a folder cannot be replaced.
    void unwritableCacheKeepsIndexInMemory_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("reason");
        QTest::newRow("folder below a file") << "below file" << "the cache folder cannot be created";
        QTest::newRow("index path is a folder") << "folder" << "the old index file cannot be replaced";
    }

    void unwritableCacheKeepsIndexInMemory()
    {
        QFETCH(QString, how);
        QFETCH(QString, reason);
        QTemporaryDir scratch;
        QString cacheDir = scratch.filePath(QStringLiteral("cache"));
        if (how == QLatin1String("below file")) {
            writeFiles(scratch.path(), {{QStringLiteral("file"), "not a folder"}});
            cacheDir = scratch.filePath(QStringLiteral("file/cache"));
        } else {
            QVERIFY(QDir().mkpath(QDir(cacheDir).filePath(IndexStore::fileNameFor(m_zoo->root()))));
        }
        SearchIndex index;
        index.open(*m_zoo, cacheDir);
        QCOMPARE(index.status(), QStringLiteral("Search index kept in memory: %1 (%2 pages)").arg(reason).arg(m_zoo->pages().size()));
        QVERIFY(index.isInMemory());
        QVERIFY(index.databasePath().isEmpty());
        QCOMPARE(ids(index.search(QStringLiteral("numbat"))), QStringList{QStringLiteral("sections")});
    }

    void workerInThread_data()
    {
        QTest::addColumn<bool>("persistent");
        QTest::newRow("in memory") << false;
        QTest::newRow("file") << true;
    }

    void workerInThread()
    {
        QFETCH(bool, persistent);
        QTemporaryDir pack, cache;
        writeLargePack(pack.path(), 600);
        const Catalogue catalogue = Catalogue::load(pack.path());
        QCOMPARE(catalogue.pages().size(), 600);

        SearchIndex index;
        QSignalSpy statusSpy(&index, &SearchIndex::statusChanged);
        SearchIndexer *indexer = index.createIndexer(catalogue, persistent ? cache.path() : QString());
        QThread thread;
        indexer->moveToThread(&thread);
        QSignalSpy progress(indexer, &SearchIndexer::progress);
        QSignalSpy finished(indexer, &SearchIndexer::finished);
        connect(&thread, &QThread::started, indexer, &SearchIndexer::run);
        connect(indexer, &SearchIndexer::finished, &thread, &QThread::quit);
        connect(&thread, &QThread::finished, indexer, &QObject::deleteLater);
        thread.start();

        // Searching while it runs never errors: it reports "still indexing" or finds results.
        while (index.isIndexing()) {
            const SearchResults found = index.search(QStringLiteral("topic123"));
            QVERIFY(found.stillIndexing); // search() runs no events, so indexing cannot have ended
            QVERIFY(!found.message.isEmpty() || !found.results.isEmpty());
            QVERIFY(soundsFriendly(found.message));
            QVERIFY(!index.needsRebuild());
            QTest::qWait(1);
        }
        QVERIFY(thread.wait(60'000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(0).toInt(), 600);
        QCOMPARE(progress.last().at(1).toInt(), 600);
        int last = -1;
        for (const QList<QVariant> &step : progress) {
            QVERIFY(step.at(0).toInt() >= last);
            last = step.at(0).toInt();
        }
        const QString status = finished.first().at(0).toString();
        QCOMPARE(index.status(), status);
        QCOMPARE(statusSpy.last().at(0).toString(), status);
        QVERIFY2(status.startsWith(persistent ? QStringLiteral("Search index built: there was none")
                                              : QStringLiteral("Search index built in memory")), qPrintable(status));
        QCOMPARE(index.isInMemory(), !persistent);
        QCOMPARE(index.lastUpdate().added, 600);
        const SearchResults found = index.search(QStringLiteral("topic123"));
        QCOMPARE(ids(found), QStringList{QStringLiteral("page-0123")});
        QVERIFY(!found.stillIndexing);
    }

    // While a persistent index is updated in a thread, the UI searches what was committed before.
    void searchDuringUpdateReadsCommittedState()
    {
        QTemporaryDir pack, cache;
        writeLargePack(pack.path(), 400);
        SearchIndex index;
        index.open(Catalogue::load(pack.path()), cache.path());
        QVERIFY(!index.isInMemory());

        writeLargePack(pack.path(), 400, "changed");
        const Catalogue changed = Catalogue::load(pack.path());
        SearchIndexer *indexer = index.createIndexer(changed, cache.path());
        QThread thread;
        indexer->moveToThread(&thread);
        QSignalSpy ready(indexer, &SearchIndexer::databaseReady);
        connect(&thread, &QThread::started, indexer, &SearchIndexer::run);
        connect(indexer, &SearchIndexer::finished, &thread, &QThread::quit);
        connect(&thread, &QThread::finished, indexer, &QObject::deleteLater);
        thread.start();
        int oldStateResults = 0;
        while (index.isIndexing()) {
            const SearchResults found = index.search(QStringLiteral("topic7"));
            QVERIFY(!index.needsRebuild());
            QVERIFY(soundsFriendly(found.message));
            if (!found.results.isEmpty() && found.stillIndexing)
                ++oldStateResults;
            QTest::qWait(1);
        }
        QVERIFY(thread.wait(60'000));
        QVERIFY(ready.size() >= 1);
        QCOMPARE(index.lastUpdate().changed, 400);
        QVERIFY2(index.status().startsWith(QStringLiteral("Search index updated")), qPrintable(index.status()));
        QCOMPARE(ids(index.search(QStringLiteral("changed topic7"))), QStringList{QStringLiteral("page-0007")});
        qInfo("searches answered from the committed state while updating: %d", oldStateResults);
    }

    void cancelledIndexingLeavesNoHalfIndex()
    {
        QTemporaryDir pack, cache;
        writeLargePack(pack.path(), 300);
        const Catalogue catalogue = Catalogue::load(pack.path());
        SearchIndex index;
        SearchIndexer *indexer = index.createIndexer(catalogue, cache.path());
        QThread thread;
        indexer->moveToThread(&thread);
        // Direct: runs in the worker's thread, where interruption is asked of the running thread.
        connect(indexer, &SearchIndexer::progress, indexer, [&thread](int done) {
            if (done > 10)
                thread.requestInterruption();
        }, Qt::DirectConnection);
        QSignalSpy finished(indexer, &SearchIndexer::finished);
        connect(&thread, &QThread::started, indexer, &SearchIndexer::run);
        // Direct: this thread blocks in wait() and could not run a queued quit().
        connect(indexer, &SearchIndexer::finished, &thread, &QThread::quit, Qt::DirectConnection);
        thread.start();
        QVERIFY(thread.wait(60'000));
        QCoreApplication::processEvents();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toString(), QStringLiteral("Search indexing was cancelled"));
        QCOMPARE(index.status(), QStringLiteral("Search indexing was cancelled"));
        QVERIFY(!QFileInfo::exists(QDir(cache.path()).filePath(IndexStore::fileNameFor(pack.path()))));
        delete indexer;

        index.open(catalogue, cache.path());
        QVERIFY2(index.status().startsWith(QStringLiteral("Search index built: there was none")), qPrintable(index.status()));
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

    void fileNameIsPerPack()
    {
        QTemporaryDir a, b;
        QCOMPARE(IndexStore::fileNameFor(a.path()), IndexStore::fileNameFor(a.path() + QStringLiteral("/.")));
        QVERIFY(IndexStore::fileNameFor(a.path()) != IndexStore::fileNameFor(b.path()));
        QVERIFY(IndexStore::fileNameFor(a.path()).contains(QRegularExpression(QStringLiteral("^[0-9a-f]{40}\\.sqlite$"))));
    }

private:
    static void writeLargePack(const QString &root, int pages, const QByteArray &extra = {})
    {
        Files files;
        for (int i = 0; i < pages; ++i) {
            const QByteArray n = QByteArray::number(i);
            QByteArray text = "# Page " + n + "\n\nThis page is about topic" + n + " " + extra + ".\n\n## Details\n\n";
            for (int k = 0; k < 30; ++k)
                text += "Filler sentence number " + QByteArray::number(k) + " with common words about rust and memory.\n";
            files.insert(QStringLiteral("page-%1.md").arg(i, 4, 10, QLatin1Char('0')), text);
        }
        writeFiles(root, files);
    }

    std::unique_ptr<Catalogue> m_bundled;
    SearchIndex m_bundledIndex;
    QTemporaryDir m_zooDir;
    std::unique_ptr<Catalogue> m_zoo;
    SearchIndex m_zooIndex;
};

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
