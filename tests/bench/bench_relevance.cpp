// SPDX-License-Identifier: MIT
// Relevance benchmark: how often search puts the right page first, over queries judged before
// any engine ran on them (tests/bench/relevance/*.tsv), for Rust Atlas's search and for plain
// FTS5 bm25 over the same text, side by side. With --fail-below it is a regression test: it
// fails when a figure drops under the floor given, or when Rust Atlas stops beating plain FTS5.
#include "content/catalogue.h"
#include "search/indexedpage.h"
#include "search/indexstore.h"
#include "search/searchindex.h"
#include "search/searchquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <functional>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

constexpr int Depth = 10; // MRR@10: a right page below the tenth counts as not found

struct Judgement
{
    QString query;
    QStringList relevant; ///< Page ids; any of them is a right answer.
    int line = 0;
};

struct Scores
{
    double mrr = 0;
    double successAt1 = 0;
    double successAt3 = 0;
};

using Engine = std::function<QStringList(const QString &query)>;

QVector<Judgement> readJudgements(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QVector<Judgement> judgements;
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        const qsizetype tab = text.indexOf(u'\t');
        const QStringList ids = text.mid(tab + 1).split(u' ', Qt::SkipEmptyParts);
        if (tab <= 0 || ids.isEmpty()) {
            *error = QStringLiteral("%1:%2: expected a query, a tab and page ids").arg(path).arg(line);
            return {};
        }
        judgements.push_back({text.left(tab), ids, line});
    }
    return judgements;
}

/// Plain FTS5 over the same title, headings and body: the query's words quoted and AND-ed
/// (symbols dropped, as the tokenizer would), ordered by bm25() with its default weights.
class PlainFts
{
public:
    explicit PlainFts(const Catalogue &pack)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plain"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        m_db.open();
        QSqlQuery sql(m_db);
        sql.exec(QStringLiteral("CREATE VIRTUAL TABLE fts USING fts5(id UNINDEXED, title, headings, body,"
                                " tokenize='porter unicode61 remove_diacritics 2')"));
        sql.prepare(QStringLiteral("INSERT INTO fts(id, title, headings, body) VALUES(?, ?, ?, ?)"));
        const IndexStore::Fill fill = IndexStore::fillFrom(pack);
        for (IndexedPage page : IndexStore::pagesOf(pack)) {
            fill(&page);
            sql.addBindValue(page.id);
            sql.addBindValue(page.title);
            sql.addBindValue(page.headingsColumn());
            sql.addBindValue(page.bodyColumn());
            if (!sql.exec())
                err << "plain FTS5: " << sql.lastError().text() << Qt::endl;
        }
    }

    QStringList search(const QString &text) const
    {
        QStringList words;
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
            if (SearchQuery::hasLetterOrDigit(word))
                words.push_back(SearchQuery::quoted(word));
        }
        QStringList ids;
        if (words.isEmpty())
            return ids;
        QSqlQuery sql(m_db);
        sql.prepare(QStringLiteral("SELECT id FROM fts WHERE fts MATCH ? ORDER BY bm25(fts) LIMIT %1").arg(Depth));
        sql.addBindValue(words.join(QStringLiteral(" AND ")));
        if (sql.exec()) {
            while (sql.next())
                ids.push_back(sql.value(0).toString());
        }
        return ids;
    }

private:
    QSqlDatabase m_db;
};

/// The rank (1 = first) of the first right page in \a found, or 0 when none is in the first Depth.
int rankOf(const QStringList &found, const QStringList &relevant)
{
    for (int i = 0; i < std::min<int>(Depth, int(found.size())); ++i) {
        if (relevant.contains(found.at(i)))
            return i + 1;
    }
    return 0;
}

Scores score(const QVector<Judgement> &judgements, const Engine &engine, bool showMisses, const QString &name)
{
    Scores scores;
    for (const Judgement &judgement : judgements) {
        const QStringList found = engine(judgement.query);
        const int rank = rankOf(found, judgement.relevant);
        scores.mrr += rank ? 1.0 / rank : 0.0;
        scores.successAt1 += rank == 1 ? 1 : 0;
        scores.successAt3 += rank >= 1 && rank <= 3 ? 1 : 0;
        if (showMisses && rank != 1)
            out << "  " << name << " line " << judgement.line << ": \"" << judgement.query << "\" right page at "
                << (rank ? QString::number(rank) : QStringLiteral("-")) << ", first "
                << (found.isEmpty() ? QStringLiteral("(nothing)") : found.first()) << Qt::endl;
    }
    const double n = std::max<qsizetype>(1, judgements.size());
    return {scores.mrr / n, scores.successAt1 / n, scores.successAt3 / n};
}

QString row(const QString &name, const Scores &s)
{
    return QStringLiteral("| %1 | %2 | %3 | %4 |")
        .arg(name, -22)
        .arg(s.mrr, 6, 'f', 3)
        .arg(s.successAt1, 9, 'f', 3)
        .arg(s.successAt3, 9, 'f', 3);
}

/// "mrr=0.8,s1=0.7,s3=0.9": a failure message for each figure of \a s under its floor.
QStringList drops(const QString &floors, const Scores &s)
{
    QStringList problems;
    for (const QString &item : floors.split(u',', Qt::SkipEmptyParts)) {
        const QStringList pair = item.split(u'=');
        const double floor = pair.value(1).toDouble();
        const QString key = pair.value(0);
        const double value = key == u"mrr" ? s.mrr : key == u"s1" ? s.successAt1 : key == u"s3" ? s.successAt3 : -1;
        if (value < 0)
            problems.push_back(QStringLiteral("unknown figure %1 in --fail-below").arg(key));
        else if (value < floor)
            problems.push_back(QStringLiteral("%1 dropped to %2, under its floor %3").arg(key).arg(value, 0, 'f', 3).arg(floor));
    }
    return problems;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Search relevance over judged queries: Rust Atlas and plain FTS5 bm25."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("queries"), QStringLiteral("A judged query file (.tsv)."));
    parser.addOption({QStringLiteral("content"), QStringLiteral("The pack the queries are judged on."), QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("fail-below"), QStringLiteral("Floors, e.g. mrr=0.8,s1=0.7,s3=0.9: exit 1 under any."), QStringLiteral("FLOORS")});
    parser.addOption({QStringLiteral("misses"), QStringLiteral("List the queries whose right page is not first.")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("content")))
        parser.showHelp(2);

    QString error;
    const QVector<Judgement> judgements = readJudgements(parser.positionalArguments().first(), &error);
    if (judgements.isEmpty()) {
        err << (error.isEmpty() ? QStringLiteral("no queries") : error) << Qt::endl;
        return 2;
    }
    const Catalogue pack = Catalogue::load(parser.value(QStringLiteral("content")));
    QStringList unknown;
    for (const Judgement &judgement : judgements) {
        for (const QString &id : judgement.relevant) {
            if (!pack.page(id))
                unknown.push_back(QStringLiteral("line %1: no page %2").arg(judgement.line).arg(id));
        }
    }
    if (!unknown.isEmpty()) {
        err << "The judgements name pages the pack does not have:\n  " << unknown.join(QStringLiteral("\n  ")) << Qt::endl;
        return 2;
    }

    SearchIndex index;
    index.buildInMemory(pack);
    const PlainFts plain(pack);
    const bool showMisses = parser.isSet(QStringLiteral("misses"));
    const Scores atlas = score(
        judgements,
        [&index](const QString &query) {
            QStringList ids;
            for (const SearchResult &result : index.search(query, SearchIndex::Matching::WholeWords, Depth).results)
                ids.push_back(result.pageId);
            return ids;
        },
        showMisses, QStringLiteral("atlas"));
    const Scores fts = score(
        judgements, [&plain](const QString &query) { return plain.search(query); }, showMisses, QStringLiteral("plain"));

    out << judgements.size() << " judged queries over " << pack.pages().size() << " pages of " << parser.value(QStringLiteral("content"))
        << "\n\n"
        << "| Engine                 | MRR@10 | success@1 | success@3 |\n"
        << "|------------------------|--------|-----------|-----------|\n"
        << row(QStringLiteral("Rust Atlas"), atlas) << '\n'
        << row(QStringLiteral("plain FTS5 bm25"), fts) << Qt::endl;

    if (!parser.isSet(QStringLiteral("fail-below")))
        return 0;
    QStringList problems = drops(parser.value(QStringLiteral("fail-below")), atlas);
    if (atlas.mrr <= fts.mrr)
        problems.push_back(QStringLiteral("Rust Atlas no longer ranks better than plain FTS5"));
    for (const QString &problem : std::as_const(problems))
        err << "FAIL: " << problem << Qt::endl;
    return problems.isEmpty() ? 0 : 1;
}
