// SPDX-License-Identifier: MIT
// Search benchmark: indexing speed, index size and query latency of SearchIndex on a pack
// (make-pack.py writes synthetic ones), next to two floors measured in the same run: raw FTS5
// inserts of the same text (what SQLite itself costs) and `grep -ril` over the same files (what
// searching without an index costs). Targets are reported, not enforced: timed tests are flaky.
#include "content/catalogue.h"
#include "search/indexstore.h"
#include "search/searchindex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <memory>
#include <vector>

namespace {

constexpr double IndexingTarget = 0.8; // of the raw insert speed
constexpr double LatencyTargetMs = 10; // p95
constexpr double GrepTarget = 25; // speed-up, medians

QTextStream out(stdout);

struct Query
{
    QString text;
    bool prefix = false;
    QString grepWord;
};

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const double rank = p * double(values.size() - 1);
    const auto low = std::size_t(std::floor(rank));
    const auto high = std::min(values.size() - 1, low + 1);
    return values[low] + (values[high] - values[low]) * (rank - double(low));
}

double median(std::vector<double> values)
{
    return percentile(std::move(values), 0.5);
}

qint64 markdownBytes(const QString &root)
{
    qint64 bytes = 0;
    QDirIterator it(root, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        bytes += QFileInfo(it.next()).size();
    return bytes;
}

qint64 databaseBytes(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.isLetter()) {
            word += c.toLower();
        } else {
            if (word.size() >= 3)
                words << word;
            word.clear();
        }
    }
    if (word.size() >= 3)
        words << word;
    return words;
}

/// Fifty queries from the pack's own words, the same on every run: single words from the most
/// common to the rare, pairs and triples (some from one page, so they co-occur), prefixes as
/// typed, and phrases taken from page text; then a few typos, for the spelling step.
QVector<Query> pickQueries(const Catalogue &catalogue)
{
    const QVector<Page> &pages = catalogue.pages();
    const qsizetype step = std::max<qsizetype>(1, pages.size() / 3000);
    QHash<QString, int> documentFrequency;
    for (qsizetype i = 0; i < pages.size(); i += step) {
        QStringList words = wordsOf(catalogue.parse(pages.at(i).id).plainText);
        words.removeDuplicates();
        for (const QString &word : std::as_const(words))
            ++documentFrequency[word];
    }
    QStringList ranked = documentFrequency.keys();
    std::sort(ranked.begin(), ranked.end(), [&](const QString &a, const QString &b) {
        const int fa = documentFrequency.value(a), fb = documentFrequency.value(b);
        return fa != fb ? fa > fb : a < b;
    });
    const auto at = [&](double rank) { return ranked.at(std::clamp<qsizetype>(qsizetype(rank), 0, ranked.size() - 1)); };
    const auto pageWords = [&](qsizetype k) { return wordsOf(catalogue.parse(pages.at((k * 7919) % pages.size()).id).plainText); };

    QVector<Query> queries;
    const double last = double(ranked.size()) * 0.8;
    for (int k = 0; k < 20; ++k) { // log-spaced ranks: common words to rare ones
        const QString word = at(3.0 * std::pow(last / 3.0, k / 19.0));
        queries.push_back({word, false, word});
    }
    for (int k = 0; k < 12; ++k) {
        QStringList pair;
        if (k % 2 == 0) {
            pair = {at(10 + 37 * k), at(100 + 211 * k)};
        } else {
            const QStringList words = pageWords(k);
            pair = {words.value(5, at(k)), words.value(25, at(k + 1))};
        }
        queries.push_back({pair.join(u' '), false, pair.first()});
    }
    for (int k = 0; k < 6; ++k) {
        const QStringList words = pageWords(100 + k);
        const QStringList triple = {words.value(3, at(k)), words.value(17, at(k + 1)), words.value(40, at(k + 2))};
        queries.push_back({triple.join(u' '), false, triple.first()});
    }
    for (int k = 0, rank = 50; queries.size() < 46; rank = rank * 3 / 2 + 1, ++k) {
        const QString word = at(rank);
        if (word.size() >= 6)
            queries.push_back({word.left(4 + k % 2), true, word.left(4 + k % 2)});
        if (rank > ranked.size())
            break;
    }
    for (int k = 0; queries.size() < 50; ++k) {
        const QStringList words = pageWords(200 + k);
        const QString phrase = words.value(10, at(k)) + u' ' + words.value(11, at(k + 1));
        queries.push_back({u'"' + phrase + u'"', false, words.value(10, at(k))});
    }
    // Typos: a letter dropped from a word of six or more, which the spelling step corrects.
    for (int rank = 40; queries.size() < 56 && rank < ranked.size(); rank = rank * 2 + 7)
        if (const QString word = at(rank); word.size() >= 6)
            queries.push_back({word.left(2) + word.mid(3), false, word});
    return queries;
}

struct Timing
{
    double wall = 0; ///< seconds
    double cpu = 0; ///< seconds of this process: less at the mercy of other work on the machine
};

class Stopwatch
{
public:
    Stopwatch() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = std::clock();
    }
    Timing elapsed() const { return {double(m_wall.nsecsElapsed()) / 1e9, double(std::clock() - m_cpu) / CLOCKS_PER_SEC}; }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu;
};

Timing medianOf(const std::vector<Timing> &runs)
{
    std::vector<double> wall, cpu;
    for (const Timing &run : runs) {
        wall.push_back(run.wall);
        cpu.push_back(run.cpu);
    }
    return {median(wall), median(cpu)};
}

/// The floor for indexing: the same three texts into a bare FTS5 table with the same tokenizer,
/// one transaction, one prepared statement, default settings (or, \a tuned, the bulk-load
/// settings IndexStore uses). Columns are built beforehand so that only SQLite's work is timed.
Timing rawInsert(const QVector<IndexedPage> &pages, const QString &path, bool tuned)
{
    QVector<QString> headings;
    headings.reserve(pages.size());
    for (const IndexedPage &page : pages) {
        QString text;
        for (const Heading &heading : page.headings)
            text += heading.text + u'\n';
        headings.push_back(text);
    }
    const Stopwatch stopwatch;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("floor"));
        db.setDatabaseName(path);
        QSqlQuery query(db);
        const QStringList settings
            = {QStringLiteral("PRAGMA journal_mode=MEMORY"), QStringLiteral("PRAGMA synchronous=OFF"),
               QStringLiteral("PRAGMA cache_size=-32768"), QStringLiteral("INSERT INTO t(t, rank) VALUES('hashsize', 67108864)")};
        if (!db.open() || (tuned && !(query.exec(settings[0]) && query.exec(settings[1]) && query.exec(settings[2])))
            || !query.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(title, headings, body, "
                                          "tokenize='porter unicode61 remove_diacritics 2')"))
            || (tuned && !query.exec(settings[3])) || !db.transaction()
            || !query.prepare(QStringLiteral("INSERT INTO t(title, headings, body) VALUES(?, ?, ?)")))
            qFatal("raw insert: %s", qPrintable(query.lastError().text()));
        for (qsizetype i = 0; i < pages.size(); ++i) {
            query.addBindValue(pages.at(i).title);
            query.addBindValue(headings.at(i));
            query.addBindValue(pages.at(i).text);
            if (!query.exec())
                qFatal("raw insert: %s", qPrintable(query.lastError().text()));
        }
        if (!db.commit())
            qFatal("raw insert: commit failed");
    }
    QSqlDatabase::removeDatabase(QStringLiteral("floor"));
    QFile::remove(path);
    return stopwatch.elapsed();
}

double grepMs(const QString &word, const QString &root)
{
    QProcess grep;
    grep.setStandardOutputFile(QProcess::nullDevice());
    grep.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    grep.start(QStringLiteral("grep"), {QStringLiteral("-ril"), QStringLiteral("--"), word, root});
    if (!grep.waitForFinished(600'000))
        qFatal("grep did not finish");
    return double(timer.nsecsElapsed()) / 1e6;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readLine()).section(u' ', 0, 0) : QStringLiteral("?");
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("**missed**");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks the search index on a content pack."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("pack"), QStringLiteral("A folder of Markdown (see make-pack.py)."));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Timed rounds over the queries."), QStringLiteral("n"),
                                          QStringLiteral("5"));
    parser.addOption(roundsOption);
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Print each query's median latency."));
    parser.addOption(verboseOption);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString root = QFileInfo(parser.positionalArguments().first()).absoluteFilePath();
    const int rounds = std::max(1, parser.value(roundsOption).toInt());

    const QString loadBefore = loadAverage();
    QElapsedTimer timer;
    timer.start();
    const Catalogue catalogue = Catalogue::load(root);
    const double loadSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qsizetype pageCount = catalogue.pages().size();
    if (pageCount == 0)
        qFatal("no pages in %s", qPrintable(root));
    const double markdownMB = double(markdownBytes(root)) / 1e6;
    // The floor inserts the same plain text, read here beforehand; the index reads it itself.
    QVector<IndexedPage> pages = IndexStore::pagesOf(catalogue);
    const IndexStore::Fill fill = IndexStore::fillFrom(catalogue);
    for (IndexedPage &page : pages)
        fill(&page);
    double plainMB = 0;
    for (const IndexedPage &page : pages)
        plainMB += double(page.text.toUtf8().size()) / 1e6;

    // Small packs run three times, alternating, and keep the median: one run of a few hundred
    // milliseconds is at the mercy of the machine.
    const int repeats = pageCount <= 20'000 ? 3 : 1;
    std::vector<Timing> floorRuns, tunedRuns, indexRuns;
    QTemporaryDir scratch;
    std::unique_ptr<QTemporaryDir> cache;
    QString status;
    for (int r = 0; r < repeats; ++r) {
        floorRuns.push_back(rawInsert(pages, scratch.filePath(QStringLiteral("floor.sqlite")), false));
        cache = std::make_unique<QTemporaryDir>();
        const Stopwatch stopwatch;
        SearchIndex index;
        index.open(catalogue, cache->path());
        indexRuns.push_back(stopwatch.elapsed());
        status = index.status();
        tunedRuns.push_back(rawInsert(pages, scratch.filePath(QStringLiteral("tuned.sqlite")), true));
    }
    const Timing floorTime = medianOf(floorRuns);
    const Timing tunedTime = medianOf(tunedRuns);
    const Timing indexTime = medianOf(indexRuns);

    timer.restart();
    SearchIndex index;
    index.open(catalogue, cache->path());
    const double reopenSeconds = double(timer.nsecsElapsed()) / 1e9;
    const QString reopenStatus = index.status();
    const double indexMB = double(databaseBytes(index.databasePath())) / 1e6;

    timer.restart();
    {
        SearchIndex memory;
        memory.buildInMemory(catalogue);
    }
    const double memorySeconds = double(timer.nsecsElapsed()) / 1e9;

    const QVector<Query> queries = pickQueries(catalogue);
    std::vector<double> latencies, cpuLatencies;
    std::vector<std::vector<double>> perQuery(std::size_t(queries.size()));
    qsizetype hits = 0, empty = 0;
    for (int round = -1; round < rounds; ++round) { // round -1 warms the page cache
        for (const Query &query : queries) {
            const Stopwatch stopwatch;
            const SearchResults found
                = index.search(query.text, query.prefix ? SearchIndex::Matching::PrefixLastWord : SearchIndex::Matching::WholeWords);
            const Timing took = stopwatch.elapsed();
            const double ms = took.wall * 1e3;
            if (round < 0)
                continue;
            latencies.push_back(ms);
            cpuLatencies.push_back(took.cpu * 1e3);
            perQuery[std::size_t(&query - queries.data())].push_back(ms);
            hits += found.results.size();
            empty += found.results.isEmpty() ? 1 : 0;
            if (index.needsRebuild())
                qFatal("query failed: %s", qPrintable(query.text));
        }
    }
    if (parser.isSet(verboseOption)) {
        for (qsizetype q = 0; q < queries.size(); ++q) {
            const SearchResults found = index.search(
                queries.at(q).text, queries.at(q).prefix ? SearchIndex::Matching::PrefixLastWord : SearchIndex::Matching::WholeWords);
            out << QString::number(median(perQuery[std::size_t(q)]), 'f', 2) << " ms  " << found.results.size()
                << (queries.at(q).prefix ? " prefix  " : "  ") << queries.at(q).text << "\n";
        }
    }
    std::vector<double> greps;
    for (const Query &query : queries)
        greps.push_back(grepMs(query.grepWord, root));
    const double grepMedian = median(greps);
    const double searchMedian = percentile(latencies, 0.5);
    const double p95 = percentile(latencies, 0.95);

    const auto ms = [](double v) -> QString { return QString::number(v, 'f', v < 10 ? 2 : 1); };
    const auto s = [](double v) -> QString { return QString::number(v, 'f', v < 10 ? 2 : 1) + QStringLiteral(" s"); };
    const double ratio = floorTime.wall / indexTime.wall;
    const auto timing = [&](const Timing &t) -> QString {
        return s(t.wall) + QStringLiteral(" = ") + QString::number(markdownMB / t.wall, 'f', 1) + QStringLiteral(" MB/s of Markdown (CPU ")
            + s(t.cpu) + u')';
    };
    out << "\n### " << QFileInfo(root).fileName() << ": " << pageCount << " pages, " << QString::number(markdownMB, 'f', 1)
        << " MB of Markdown, " << QString::number(plainMB, 'f', 1) << " MB of plain text\n\n";
    out << "| measure | value |\n|---|---|\n";
    out << "| load and parse the pack (Catalogue, md4c), not part of indexing | " << s(loadSeconds) << " |\n";
    out << "| indexing into a fresh file (SearchIndex::open), median of " << repeats << " | " << timing(indexTime) << " |\n";
    out << "| floor: raw FTS5 inserts of the same text, one transaction, default settings | " << timing(floorTime) << " |\n";
    out << "| indexing speed / floor speed (target >= " << IndexingTarget << ") | " << QString::number(ratio, 'f', 2) << ", "
        << verdict(ratio >= IndexingTarget) << " (CPU time: " << QString::number(floorTime.cpu / indexTime.cpu, 'f', 2) << ") |\n";
    out << "| same floor with IndexStore's bulk settings (sync off, 64 MiB FTS5 buffer) | " << timing(tunedTime) << " |\n";
    out << "| indexing speed / that floor's: what hashing, vocabulary and page table cost | "
        << QString::number(tunedTime.wall / indexTime.wall, 'f', 2)
        << " (CPU time: " << QString::number(tunedTime.cpu / indexTime.cpu, 'f', 2) << ") |\n";
    out << "| indexing in memory (buildInMemory) | " << s(memorySeconds) << " |\n";
    out << "| reopen, nothing changed (check + compare hashes) | " << s(reopenSeconds) << " |\n";
    out << "| index file | " << QString::number(indexMB, 'f', 1) << " MB = " << QString::number(indexMB / markdownMB, 'f', 2)
        << "x the Markdown |\n";
    out << "| query latency p50 / p95 / p99 (" << latencies.size() << " searches of " << queries.size()
        << " queries, LIMIT 20, snippets) | " << ms(searchMedian) << " / " << ms(p95) << " / " << ms(percentile(latencies, 0.99))
        << " ms (CPU time " << ms(percentile(cpuLatencies, 0.5)) << " / " << ms(percentile(cpuLatencies, 0.95)) << " / "
        << ms(percentile(cpuLatencies, 0.99)) << " ms) |\n";
    out << "| p95 latency (target <= " << LatencyTargetMs << " ms) | " << verdict(p95 <= LatencyTargetMs) << " |\n";
    out << "| floor: `grep -ril WORD` median / p95 | " << ms(grepMedian) << " / " << ms(percentile(greps, 0.95)) << " ms |\n";
    out << "| speed-up over grep, medians (target >= " << GrepTarget << "x) | " << QString::number(grepMedian / searchMedian, 'f', 0)
        << "x, " << verdict(grepMedian / searchMedian >= GrepTarget) << " |\n";
    out << "| results per query (mean), queries with none | " << QString::number(double(hits) / double(latencies.size()), 'f', 1) << ", "
        << empty / rounds << " of " << queries.size() << " |\n";
    out << "\nLoad average before / after: " << loadBefore << " / " << loadAverage() << " on " << QThread::idealThreadCount()
        << " cores (other work on the machine slows wall-clock times, CPU times less)\n";
    out << "Index status: " << status << "; reopened: " << reopenStatus << "\n";
    out.flush();
    return 0;
}
