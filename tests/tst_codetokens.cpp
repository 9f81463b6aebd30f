// SPDX-License-Identifier: MIT
// Code in pages and queries: which pieces are code, how they are stored, and that FTS5 finds them.
#include "search/codetokens.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

class TestCodeTokens : public QObject
{
    Q_OBJECT

    static QStringList words(const char *list) { return QString::fromUtf8(list).split(u' ', Qt::SkipEmptyParts); }

    /// The tokens of \a text, decoded back to what was written, for readable comparisons.
    static QStringList decoded(const QString &encoded)
    {
        QStringList tokens;
        for (const QString &token : encoded.split(u' ', Qt::SkipEmptyParts)) {
            QString plain;
            for (const QChar c : token)
                plain += c.unicode() >= 0xE000 && c.unicode() < 0xE080 ? QChar(c.unicode() - 0xE000) : c;
            tokens.push_back(plain);
        }
        return tokens;
    }

private slots:
    void pageCode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");

        QTest::newRow("try operator") << "let f = File::open(p)?;" << words("file::open ?");
        QTest::newRow("try before a method") << "x.load()?.port()?" << words("? ?");
        QTest::newRow("named on its own") << "the ? operator" << words("?");
        QTest::newRow("mutable borrow") << "fn f(v: &mut Vec<i32>)" << words("&mut vec< vec<i32> <i32>");
        QTest::newRow("string slice") << "s: &str" << words("&str");
        QTest::newRow("path steps") << "std::io::Result" << words("std::io io::result");
        QTest::newRow("turbofish") << "collect::<Vec<_>>()" << words("::< vec<");
        QTest::newRow("generic") << "Box<T>" << words("box< box<t> <t>");
        QTest::newRow("lifetime in a generic") << "Ref<'a>" << words("ref< ref<'a> <'a> 'a");
        QTest::newRow("derive") << "#[derive(Debug, Clone)]" << words("#[derive derive(debug) derive(clone)");
        QTest::newRow("inner attribute") << "#![no_std]" << words("#[no_std");
        QTest::newRow("lifetimes") << "x: &'a str, 'static" << words("'a 'static");
        QTest::newRow("macro") << "println!(\"hi\"); vec![1]" << words("println! vec!");
        QTest::newRow("arrows") << "fn f() -> u8 { 1 => 2 }" << words("-> =>");
        QTest::newRow("underscore kept") << "hash_map::Entry" << words("hash_map::entry");
    }

    void pageCode()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QCOMPARE(decoded(CodeTokens::of(text)), tokens);
    }

    void proseIsNotCode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("question") << "Is it ready? Yes.";
        QTest::newRow("question at a line end") << "Is it ready?\nYes";
        QTest::newRow("apostrophe") << "don't and it's";
        QTest::newRow("quoted word") << "the letter 'a' and 'word'";
        QTest::newRow("ampersand") << "R&D & more";
        QTest::newRow("exclamation") << "Hello! Great!";
        QTest::newRow("comparison in prose") << "a < b";
        QTest::newRow("hash") << "# heading and #tag";
    }

    void proseIsNotCode()
    {
        QFETCH(QString, text);
        QCOMPARE(CodeTokens::of(text), QString());
    }

    void queries_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("?") << "?" << words("?");
        QTest::newRow("&mut") << "&mut" << words("&mut");
        QTest::newRow("path") << "Vec::new" << words("vec::new");
        QTest::newRow("generic") << "Box<T>" << words("box< box<t> <t>");
        QTest::newRow("parameter alone") << "<T>" << words("<t>");
        QTest::newRow("attribute") << "#[derive(Debug)]" << words("#[derive derive(debug)");
        QTest::newRow("lifetime") << "'a" << words("'a");
        QTest::newRow("macro") << "println!" << words("println!");
        QTest::newRow("repeats once") << "a::b::a::b" << words("a::b b::a");
        QTest::newRow("plain word") << "rust" << words("");
        QTest::newRow("c++ is no code we know") << "c++" << words("");
    }

    void queries()
    {
        QFETCH(QString, word);
        QFETCH(QStringList, tokens);
        QCOMPARE(decoded(CodeTokens::inQuery(word).join(u' ')), tokens);
    }

    void eachTokenIsOneFts5Word()
    {
        // The real tokenizer of the index: each encoded token must come out whole, and a query's
        // token must find the page's.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("code"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        {
            QSqlQuery sql(db);
            QVERIFY(sql.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(code, tokenize='porter unicode61 remove_diacritics 2')")));
            QVERIFY(sql.exec(QStringLiteral("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row')")));
            const QString page
                = CodeTokens::of(QStringLiteral("fn f<'a>(v: &mut Vec<T>) -> Result<u8, E> { #[derive(Debug)] g()?; Vec::new() }"));
            sql.prepare(QStringLiteral("INSERT INTO t VALUES(?)"));
            sql.addBindValue(page);
            QVERIFY(sql.exec());
            QVERIFY(sql.exec(QStringLiteral("SELECT count(*) FROM v")));
            QVERIFY(sql.next());
            QCOMPARE(sql.value(0).toInt(), int(page.split(u' ').size()));
            for (const QString &word : words("? &mut Vec::new #[derive(Debug)] 'a -> Result<u8, Vec<T>")) {
                const QStringList tokens = CodeTokens::inQuery(word);
                QVERIFY2(!tokens.isEmpty(), qPrintable(word));
                sql.prepare(QStringLiteral("SELECT count(*) FROM t WHERE t MATCH ?"));
                sql.addBindValue(QString(u'"' + tokens.join(QStringLiteral("\" \"")) + u'"'));
                QVERIFY(sql.exec() && sql.next());
                QVERIFY2(sql.value(0).toInt() == 1, qPrintable(word));
            }
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("code"));
    }
};

QTEST_GUILESS_MAIN(TestCodeTokens)
#include "tst_codetokens.moc"
