// SPDX-License-Identifier: MIT
// Large packs: how long a pack of 1,000, 10,000 or 100,000 pages takes to open, cold (never
// opened: the window comes at once and the pack is read behind it) and warm (opened before:
// from its cache), and a --search over it, as whole processes; next to the bundled atlas's
// start-up and the floor window measured in the same run. Prints medians; targets are
// reported, not enforced.
//
// Usage: bench_library [--runs N] PACK...   (make-pack.py writes the packs)
#include "processprobe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <map>

namespace {

using ProcessProbe::Homes;
using ProcessProbe::Sample;

constexpr double warmTargetMs = 1500;
constexpr double warmTargetMiB = 250;
constexpr double searchTargetMs = 1500;
constexpr double coldWindowTargetMs = 1000;
constexpr double atlasTarget = 1.25;

/// The samples of one measurement, by name ("warm window", …).
using Samples = std::map<QString, std::vector<Sample>>;

class Bench
{
public:
    Bench(QString app, QString floor, QTextStream &err) : m_app(std::move(app)), m_floor(std::move(floor)), m_err(err) { }

    bool measure(Samples &samples, const QString &name, const QString &program, const QStringList &arguments, const QString &cacheHome,
                 bool toFirstPaint)
    {
        QTemporaryDir home;
        QString error;
        const Homes homes{home.path(), cacheHome.isEmpty() ? home.filePath(QStringLiteral("cache")) : cacheHome};
        const std::optional<Sample> sample = toFirstPaint ? ProcessProbe::firstPaint(program, arguments, homes, &error)
                                                          : ProcessProbe::wholeRun(program, arguments, homes, &error);
        if (!sample) {
            m_err << "bench_library: " << name << ": " << error << Qt::endl;
            return false;
        }
        samples[name].push_back(*sample);
        return true;
    }

    QString app() const { return m_app; }
    QString floor() const { return m_floor; }

private:
    QString m_app;
    QString m_floor;
    QTextStream &m_err;
};

double median(const std::vector<Sample> &samples, bool rss = false)
{
    std::vector<double> values;
    for (const Sample &sample : samples)
        values.push_back(rss ? sample.rssMiB : sample.ms);
    return values.empty() ? 0 : ProcessProbe::statsOf(values).median;
}

QString figure(double value, int width = 9)
{
    return QStringLiteral("%1").arg(value, width, 'f', 0);
}

QString verdict(bool within)
{
    return within ? QStringLiteral("within target") : QStringLiteral("OVER target");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Cold and warm opening of large packs, and --search over them."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each measurement (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    parser.addOption(runsOption);
    parser.addPositionalArgument(QStringLiteral("PACK"), QStringLiteral("Pack folders, e.g. from make-pack.py."));
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QStringList packs;
    for (const QString &pack : parser.positionalArguments()) {
        if (!QFileInfo(pack).isDir()) {
            err << "bench_library: not a folder: " << pack << Qt::endl;
            return 2;
        }
        packs << QFileInfo(pack).absoluteFilePath();
    }

    Bench bench(QStringLiteral(RUST_ATLAS_BINARY), QStringLiteral(RUST_ATLAS_FLOOR), err);
    QTemporaryDir warmCaches; // one cache for all warm runs of a pack, filled by a first open
    Samples samples;
    Samples scratch;
    for (const QString &pack : packs) {
        const QString cache = warmCaches.filePath(QFileInfo(pack).fileName());
        if (!bench.measure(scratch, pack, bench.app(), {QStringLiteral("--list"), pack}, cache, false))
            return 1;
    }
    out << "Large packs, QT_QPA_PLATFORM=offscreen, " << runs << " runs each (+1 warm-up), medians\n";
    out.flush();
    for (int run = 0; run <= runs; ++run) {
        Samples &into = run == 0 ? scratch : samples; // the first round warms the file cache
        bool ok = bench.measure(into, QStringLiteral("floor"), bench.floor(), {}, {}, true)
            && bench.measure(into, QStringLiteral("atlas"), bench.app(), {}, {}, true);
        for (const QString &pack : packs) {
            const QString cache = warmCaches.filePath(QFileInfo(pack).fileName());
            ok = ok && bench.measure(into, pack + QStringLiteral(" warm"), bench.app(), {pack}, cache, true)
                && bench.measure(into, pack + QStringLiteral(" search"), bench.app(),
                                 {QStringLiteral("--search"), QStringLiteral("borrow"), pack}, cache, false)
                && bench.measure(into, pack + QStringLiteral(" cold window"), bench.app(), {pack}, {}, true)
                && bench.measure(into, pack + QStringLiteral(" cold read"), bench.app(), {QStringLiteral("--list"), pack}, {}, false);
        }
        if (!ok)
            return 1;
    }

    const double floor = median(samples[QStringLiteral("floor")]);
    const double atlas = median(samples[QStringLiteral("atlas")]);
    out << "\nfloor window " << figure(floor) << " ms, " << figure(median(samples[QStringLiteral("floor")], true), 0) << " MiB\n"
        << "atlas start-up " << figure(atlas) << " ms, " << figure(median(samples[QStringLiteral("atlas")], true), 0) << " MiB"
        << "  (atlas/floor " << QStringLiteral("%1").arg(atlas / floor, 0, 'f', 2) << ", target <= " << atlasTarget << ": "
        << verdict(atlas / floor <= atlasTarget) << ")\n\n"
        << "pack                           cold window ms  cold read ms  warm window ms  warm MiB  --search ms\n";
    for (const QString &pack : packs) {
        const double warm = median(samples[pack + QStringLiteral(" warm")]);
        const double warmMiB = median(samples[pack + QStringLiteral(" warm")], true);
        const double search = median(samples[pack + QStringLiteral(" search")]);
        const double coldWindow = median(samples[pack + QStringLiteral(" cold window")]);
        out << QFileInfo(pack).fileName().leftJustified(30) << figure(coldWindow, 16)
            << figure(median(samples[pack + QStringLiteral(" cold read")]), 14) << figure(warm, 16) << figure(warmMiB, 10)
            << figure(search, 13) << '\n';
        out << "  targets: cold window <= " << coldWindowTargetMs << " ms: " << verdict(coldWindow <= coldWindowTargetMs)
            << "; warm <= " << warmTargetMs << " ms and " << warmTargetMiB
            << " MiB: " << verdict(warm <= warmTargetMs && warmMiB <= warmTargetMiB) << "; --search <= " << searchTargetMs
            << " ms: " << verdict(search <= searchTargetMs) << '\n';
    }
    return 0;
}
