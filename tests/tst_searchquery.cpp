// SPDX-License-Identifier: MIT
#include "search/searchquery.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // A real FTS5 table with the index's tokenizer: the only judge of whether an
        // expression is valid FTS5 syntax.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(title, headings, body, exact, code, "
                                          "tokenize='porter unicode61 remove_diacritics 2')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES('Memory safety', '', 'running rust code \"quoted\" text', '', '')")));
    }

    void cleanupTestCase() { QSqlDatabase::removeDatabase(QStringLiteral("fts")); }

    void expression_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("prefix");
        QTest::addColumn<QString>("expression");

        QTest::newRow("one word") << "rust" << false << "(\"rust\" OR \"rust\uE000\")";
        QTest::newRow("words are AND-ed") << "rust memory" << false << "(\"rust\" OR \"rust\uE000\") AND (\"memory\" OR \"memory\uE000\")";
        QTest::newRow("phrase") << "\"memory safety\"" << false << "\"memory safety\"";
        QTest::newRow("phrase spaces") << "\"  memory \t safety \"" << false << "\"memory safety\"";
        QTest::newRow("exclusion") << "rust -unsafe" << false << "((\"rust\" OR \"rust\uE000\")) NOT (\"unsafe\")";
        QTest::newRow("excluded phrase") << "-\"memory safety\" rust" << false << "((\"rust\" OR \"rust\uE000\")) NOT (\"memory safety\")";
        QTest::newRow("OR") << "rust OR go" << false << "((\"rust\" OR \"rust\uE000\") OR (\"go\" OR \"go\uE000\"))";
        QTest::newRow("OR binds tighter than AND")
            << "w x OR y z" << false
            << "(\"w\" OR \"w\uE000\") AND ((\"x\" OR \"x\uE000\") OR (\"y\" OR \"y\uE000\")) AND (\"z\" OR \"z\uE000\")";
        QTest::newRow("OR chain") << "a OR b OR c" << false
                                  << "((\"a\" OR \"a\uE000\") OR (\"b\" OR \"b\uE000\") OR (\"c\" OR \"c\uE000\"))";
        QTest::newRow("OR phrases") << "\"a b\" OR \"c d\"" << false << "(\"a b\" OR \"c d\")";
        QTest::newRow("lower-case or is a word") << "rust or go" << false << "(\"rust\" OR \"rust\uE000\") AND (\"go\" OR \"go\uE000\")";
        QTest::newRow("stop words dropped") << "the Rust book" << false << "(\"Rust\" OR \"rust\uE000\") AND (\"book\" OR \"book\uE000\")";
        QTest::newRow("stop word alone") << "The" << false << "(\"The\" OR \"the\uE000\")";
        QTest::newRow("only stop words")
            << "to be or not to be" << false
            << "(\"to\" OR \"to\uE000\") AND (\"be\" OR \"be\uE000\") AND (\"or\" OR \"or\uE000\") AND (\"not\" OR \"not\uE000\")";
        QTest::newRow("stop word in a phrase") << "\"the book\"" << false << "\"the book\"";
        QTest::newRow("stop word in OR") << "the OR a rust" << false
                                         << "((\"the\" OR \"the\uE000\") OR (\"a\" OR \"a\uE000\")) AND (\"rust\" OR \"rust\uE000\")";
        QTest::newRow("stop word being typed") << "rust the" << true << "(\"rust\" OR \"rust\uE000\") AND \"the\"*";
        QTest::newRow("stop word next to an exclusion") << "the -rust" << false << "((\"the\" OR \"the\uE000\")) NOT (\"rust\")";
        QTest::newRow("leading OR") << "OR rust" << false << "(\"rust\" OR \"rust\uE000\")";
        QTest::newRow("trailing OR") << "rust OR" << false << "(\"rust\" OR \"rust\uE000\")";
        QTest::newRow("double OR") << "w OR OR x" << false << "(\"w\" OR \"w\uE000\") AND (\"x\" OR \"x\uE000\")";
        QTest::newRow("OR before exclusion") << "a OR -b" << false << "((\"a\" OR \"a\uE000\")) NOT (\"b\")";
        QTest::newRow("OR over a dropped term") << "a OR !!! b" << false << "((\"a\" OR \"a\uE000\") OR (\"b\" OR \"b\uE000\"))";
        QTest::newRow("NEAR is literal") << "NEAR(a b)" << false << "\"NEAR(a\" AND \"b)\"";
        QTest::newRow("column filter is literal") << "title:rust" << false << "\"title:rust\"";
        QTest::newRow("caret is literal") << "^rust" << false << "\"^rust\"";
        QTest::newRow("star is literal") << "rust*" << false << "\"rust*\"";
        QTest::newRow("quote inside a word") << "a\"b" << false << "\"a\"\"b\"";
        QTest::newRow("stray quote") << "say \"hi" << false << "(\"say\" OR \"say\uE000\") AND (\"hi\" OR \"hi\uE000\")";
        QTest::newRow("stray quote at the end") << "say hi\"" << false << "(\"say\" OR \"say\uE000\") AND \"hi\"\"\"";
        QTest::newRow("SQL is literal") << "'; DROP TABLE pages; --" << false
                                        << "(\"DROP\" OR \"drop\uE000\") AND (\"TABLE\" OR \"table\uE000\") AND \"pages;\"";
        QTest::newRow("control characters separate")
            << QStringLiteral("rust\u0000memory\u001b") << false << "(\"rust\" OR \"rust\uE000\") AND (\"memory\" OR \"memory\uE000\")";
        QTest::newRow("double minus") << "rust --go" << false << "((\"rust\" OR \"rust\uE000\")) NOT (\"-go\")";
        QTest::newRow("lone minus") << "rust - go" << false << "(\"rust\" OR \"rust\uE000\") AND (\"go\" OR \"go\uE000\")";
        QTest::newRow("punctuation dropped, a question mark is code")
            << "rust ... !!! ?" << false << "(\"rust\" OR \"rust\uE000\") AND code : (\"\uE03F\")";
        QTest::newRow("unicode word") << QStringLiteral("caf\u00e9 \U0001F980") << false
                                      << QStringLiteral("(\"caf\u00e9\" OR \"caf\u00e9\uE000\")");

        QTest::newRow("prefix") << "webass" << true << "\"webass\"*";
        QTest::newRow("prefix only last word") << "rust mem" << true << "(\"rust\" OR \"rust\uE000\") AND \"mem\"*";
        QTest::newRow("no prefix after a space") << "rust mem " << true << "(\"rust\" OR \"rust\uE000\") AND (\"mem\" OR \"mem\uE000\")";
        QTest::newRow("no prefix for a phrase") << "\"memory saf\"" << true << "\"memory saf\"";
        QTest::newRow("no prefix for an exclusion") << "rust -mem" << true << "((\"rust\" OR \"rust\uE000\")) NOT (\"mem\")";
        QTest::newRow("no prefix for short words") << "ru" << true << "(\"ru\" OR \"ru\uE000\")";
        QTest::newRow("prefix in OR") << "go OR rus" << true << "((\"go\" OR \"go\uE000\") OR \"rus\"*)";
        QTest::newRow("no prefix without flag") << "webass" << false << "(\"webass\" OR \"webass\uE000\")";
    }

    void expression()
    {
        QFETCH(QString, text);
        QFETCH(bool, prefix);
        QFETCH(QString, expression);
        const SearchQuery query(text, prefix);
        QVERIFY(query.isSearchable());
        QCOMPARE(query.matchExpression(), expression);
        QVERIFY2(acceptedByFts5(expression), qPrintable(expression));
    }

    void unsearchable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("problem");
        const int empty = int(SearchQuery::Problem::Empty);
        const int onlyExclusions = int(SearchQuery::Problem::OnlyExclusions);
        QTest::newRow("nothing") << QString() << empty;
        QTest::newRow("spaces") << " \t\n " << empty;
        QTest::newRow("quote") << "\"" << empty;
        QTest::newRow("empty phrase") << "\"\"" << empty;
        QTest::newRow("punctuation") << "!!! ... *** ^^^ ()" << empty;
        QTest::newRow("lone OR") << "OR" << empty;
        QTest::newRow("ORs") << "OR OR OR" << empty;
        QTest::newRow("minus") << "-" << empty;
        QTest::newRow("control characters") << QStringLiteral("\u0001\u0002\u007f") << empty;
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << empty;
        QTest::newRow("exclusion") << "-rust" << onlyExclusions;
        QTest::newRow("exclusions") << "-rust -\"memory safety\"" << onlyExclusions;
        QTest::newRow("exclusion and OR") << "OR -rust" << onlyExclusions;
        QTest::newRow("double minus") << "--rust" << onlyExclusions;
    }

    void unsearchable()
    {
        QFETCH(QString, text);
        QFETCH(int, problem);
        for (const bool prefix : {false, true}) {
            const SearchQuery query(text, prefix);
            QVERIFY(!query.isSearchable());
            QCOMPARE(int(query.problem()), problem);
            QCOMPARE(query.matchExpression(), QString());
            QVERIFY(query.highlightTerms().isEmpty());
        }
    }

    void limits()
    {
        QStringList words;
        for (int i = 0; i < 100; ++i)
            words << QStringLiteral("word%1").arg(i);
        const SearchQuery many(words.join(u' '));
        QCOMPARE(many.terms().size(), SearchQuery::MaxTerms);
        QCOMPARE(many.terms().last().text, QStringLiteral("word31"));

        const SearchQuery longWord(QString(10 * 1024, u'a'));
        QCOMPARE(longWord.terms().size(), 1);
        QCOMPARE(longWord.terms().first().text.size(), SearchQuery::MaxWordLength);

        // A cut must not split a surrogate pair: SQLite would get invalid UTF-16.
        const QString crabs = QString(SearchQuery::MaxWordLength - 1, u'a') + QStringLiteral("\U0001F980\U0001F980");
        const QString cut = SearchQuery(crabs).terms().first().text;
        QVERIFY(cut.size() <= SearchQuery::MaxWordLength);
        QVERIFY(!cut.back().isHighSurrogate());

        // Only the first MaxInputLength characters are read; the rest cannot cost time.
        const SearchQuery huge(QStringLiteral("rust ") + QString(1024 * 1024, u'"'));
        QCOMPARE(huge.matchExpression(), QStringLiteral("(\"rust\" OR \"rust\uE000\")"));

        const SearchQuery orCut(words.mid(0, SearchQuery::MaxTerms - 1).join(u' ') + QStringLiteral(" last OR next"));
        QCOMPARE(orCut.terms().size(), SearchQuery::MaxTerms);
        QVERIFY(!orCut.terms().last().orWithNext);
        QVERIFY(acceptedByFts5(orCut.matchExpression()));
    }

    void phraseOfTheWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phrase");
        QTest::newRow("words in order") << "question mark operator"
                                        << "\"question mark operator\"";
        QTest::newRow("with an exclusion") << "borrow checker -rustc"
                                           << "(\"borrow checker\") NOT (\"rustc\")";
        QTest::newRow("one word") << "lifetimes" << QString();
        QTest::newRow("quoted already") << "\"borrow checker\" rules" << QString();
        QTest::newRow("alternatives") << "wasm OR webassembly" << QString();
    }
    void phraseOfTheWords()
    {
        QFETCH(QString, text);
        QFETCH(QString, phrase);
        const SearchQuery query(text);
        QCOMPARE(query.phraseExpression(), phrase);
        if (!phrase.isEmpty())
            QVERIFY(acceptedByFts5(phrase));
    }

    void completions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("prefixWord");
        QTest::addColumn<QStringList>("completions");
        QTest::addColumn<QString>("expression");
        const QStringList running{QStringLiteral("running"), QStringLiteral("runnings")};
        QTest::newRow("completed") << "Runni"
                                   << "runni" << running << "(\"Runni\" OR \"running\" OR \"runnings\")";
        QTest::newRow("one completion") << "rust runni"
                                        << "runni" << QStringList{QStringLiteral("running")}
                                        << "(\"rust\" OR \"rust\uE000\") AND (\"runni\" OR \"running\")";
        QTest::newRow("three letters") << "run"
                                       << "run" << running << "(\"run\" OR \"running\" OR \"runnings\")";
        QTest::newRow("typed word among them") << "Rust"
                                               << "rust" << QStringList{QStringLiteral("rust"), QStringLiteral("rustc")}
                                               << "(\"Rust\" OR \"rustc\")";
        QTest::newRow("nothing to complete") << "xyzq"
                                             << "xyzq" << QStringList() << "\"xyzq\"*";
        QTest::newRow("not one plain word") << "run-ni" << QString() << QStringList() << "\"run-ni\"*";
        QTest::newRow("not a prefix") << "runni " << QString() << QStringList() << "(\"runni\" OR \"runni\uE000\")";
        QTest::newRow("typed whole, ends in a symbol") << "c++" << QString() << QStringList() << "\"c++\"";
        QTest::newRow("completion quoted") << "say"
                                           << "say" << QStringList{QStringLiteral("say\"s")} << "(\"say\" OR \"say\"\"s\")";
    }

    void completions()
    {
        QFETCH(QString, text);
        QFETCH(QString, prefixWord);
        QFETCH(QStringList, completions);
        QFETCH(QString, expression);
        const SearchQuery query(text, true);
        QCOMPARE(query.prefixWord(), prefixWord);
        QCOMPARE(query.matchExpression(completions), expression);
        QVERIFY(acceptedByFts5(query.matchExpression(completions)));
    }

    void columnFilter()
    {
        const SearchQuery query(QStringLiteral("-rust memory safe"), true);
        const QString expression = query.matchExpression({QStringLiteral("safety")}, QStringLiteral("{title}"));
        QCOMPARE(expression, QStringLiteral("({title} : ((\"memory\" OR \"memory\uE000\") AND (\"safe\" OR \"safety\"))) NOT (\"rust\")"));
        QVERIFY(acceptedByFts5(expression));
    }

    void repeatedTerms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expression");
        QTest::newRow("same word") << "the the the"
                                   << "(\"the\" OR \"the\uE000\")";
        QTest::newRow("case differs") << "Rust rust"
                                      << "(\"Rust\" OR \"rust\uE000\")";
        QTest::newRow("between others") << "x y x"
                                        << "(\"x\" OR \"x\uE000\") AND (\"y\" OR \"y\uE000\")";
        QTest::newRow("exclusions") << "a -b -b"
                                    << "((\"a\" OR \"a\uE000\")) NOT (\"b\")";
        QTest::newRow("phrase and word differ") << "\"x\" x"
                                                << "\"x\" AND (\"x\" OR \"x\uE000\")";
        QTest::newRow("OR alternatives kept") << "a OR a"
                                              << "((\"a\" OR \"a\uE000\") OR (\"a\" OR \"a\uE000\"))";
        QTest::newRow("word and OR group") << "x x OR y"
                                           << "(\"x\" OR \"x\uE000\") AND ((\"x\" OR \"x\uE000\") OR (\"y\" OR \"y\uE000\"))";
    }

    void repeatedTerms()
    {
        QFETCH(QString, text);
        QFETCH(QString, expression);
        QCOMPARE(SearchQuery(text).matchExpression(), expression);
    }

    void highlightTerms_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("words") << "Rust memory" << QStringList{QStringLiteral("Rust"), QStringLiteral("memory")};
        QTest::newRow("phrase kept whole") << "rust \"memory safety\""
                                           << QStringList{QStringLiteral("rust"), QStringLiteral("memory safety")};
        QTest::newRow("no exclusions") << "rust -unsafe" << QStringList{QStringLiteral("rust")};
        QTest::newRow("no duplicates") << "Rust rust RUST" << QStringList{QStringLiteral("Rust")};
        QTest::newRow("OR alternatives") << "rust OR go" << QStringList{QStringLiteral("rust"), QStringLiteral("go")};
    }

    void highlightTerms()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        QCOMPARE(SearchQuery(text).highlightTerms(), terms);
    }

    void normalizedTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("key");
        QTest::newRow("case") << "WebAssembly"
                              << "webassembly";
        QTest::newRow("punctuation") << "Embedded devices (bare metal)"
                                     << "embedded devices bare metal";
        QTest::newRow("hyphen") << "High-performance computing"
                                << "high performance computing";
        QTest::newRow("spaces") << "  Data \t science  "
                                << "data science";
        QTest::newRow("nothing") << "!!!"
                                 << "";
    }

    void normalizedTitle()
    {
        QFETCH(QString, title);
        QFETCH(QString, key);
        QCOMPARE(SearchQuery::normalizedTitle(title), key);
        QCOMPARE(SearchQuery(title).titleKey(), key);
    }

    // Whatever is typed, the expression parses: random text from an alphabet of FTS5 syntax,
    // SQL and awkward characters, with a fixed seed so a failure can be replayed.
    void randomTextIsNeverSyntax()
    {
        static const QStringList pieces = {
            QStringLiteral("\""),    QStringLiteral("-"),      QStringLiteral("*"),          QStringLiteral("("),    QStringLiteral(")"),
            QStringLiteral(":"),     QStringLiteral("^"),      QStringLiteral("+"),          QStringLiteral("{"),    QStringLiteral("}"),
            QStringLiteral(" "),     QStringLiteral("OR"),     QStringLiteral("AND"),        QStringLiteral("NOT"),  QStringLiteral("NEAR"),
            QStringLiteral(","),     QStringLiteral("'"),      QStringLiteral(";"),          QStringLiteral("rust"), QStringLiteral("a"),
            QStringLiteral("title"), QStringLiteral("\u00e9"), QStringLiteral("\U0001F980"), QString(QChar(0)),      QString(QChar(0xDC00)),
            QStringLiteral("\\"),    QStringLiteral("%"),      QStringLiteral("\t"),         QStringLiteral("7")};
        QRandomGenerator random(20240601);
        for (int i = 0; i < 3000; ++i) {
            QString text;
            const int length = int(random.bounded(1, 24));
            for (int k = 0; k < length; ++k)
                text += pieces.at(random.bounded(int(pieces.size())));
            for (const bool prefix : {false, true}) {
                const SearchQuery query(text, prefix);
                QCOMPARE(query.isSearchable(), !query.matchExpression().isEmpty());
                if (query.isSearchable())
                    QVERIFY2(acceptedByFts5(query.matchExpression({QStringLiteral("rusty")})), qPrintable(text));
            }
        }
    }

private:
    static bool acceptedByFts5(const QString &expression)
    {
        QSqlQuery query(QSqlDatabase::database(QStringLiteral("fts")));
        query.prepare(QStringLiteral("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rank LIMIT 5"));
        query.addBindValue(expression);
        if (!query.exec()) {
            qWarning("%s", qPrintable(query.lastError().text()));
            return false;
        }
        while (query.next()) { }
        return query.lastError().type() == QSqlError::NoError;
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
