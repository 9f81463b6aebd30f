// SPDX-License-Identifier: MIT
// Start-up benchmark: time from process start to the first painted content, and peak
// RSS, of the real program next to a floor (a bare Qt window with the same widgets)
// measured in the same run, so machine load and caches affect both alike.
// The targets are reported, not enforced: a timed test would only be flaky.
#include "processprobe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <optional>
#include <vector>

namespace {

constexpr int warmUpRuns = 2;
constexpr int recommendedRuns = 10;
constexpr double target = 1.25;

using ProcessProbe::Sample;
using ProcessProbe::Stats;

// A fresh configuration and cache per run: saved geometry, last page or a cached index from
// an earlier run would make runs differ.
std::optional<Sample> runOnce(const QString &program, QString *error)
{
    QTemporaryDir home;
    if (!home.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: ") + home.errorString();
        return std::nullopt;
    }
    return ProcessProbe::firstPaint(program, {}, {home.path(), home.filePath(QStringLiteral("cache"))}, error);
}

QString verdict(double ratio)
{
    return ratio <= target ? QStringLiteral("within target") : QStringLiteral("OVER target");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times process start to first painted content, and peak RSS, of the "
                                                    "program and of a bare Qt window (the floor), alternating runs."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Measured runs per program (default 15)."),
                                        QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The program to measure."), QStringLiteral("PATH"),
                                       QStringLiteral(RUST_ATLAS_BINARY));
    const QCommandLineOption floorOption(QStringLiteral("floor"), QStringLiteral("The floor program."), QStringLiteral("PATH"),
                                         QStringLiteral(RUST_ATLAS_FLOOR));
    parser.addOptions({runsOption, appOption, floorOption});
    parser.process(app);

    bool ok = false;
    const int runs = parser.value(runsOption).toInt(&ok);
    if (!ok || runs < 1) {
        err << "bench_startup: --runs needs a positive number, got " << parser.value(runsOption) << Qt::endl;
        return 2;
    }
    if (runs < recommendedRuns)
        err << "bench_startup: note: fewer than " << recommendedRuns << " runs; medians are noisy" << Qt::endl;

    const QString programs[2]
        = {QFileInfo(parser.value(floorOption)).absoluteFilePath(), QFileInfo(parser.value(appOption)).absoluteFilePath()};
    enum { Floor = 0, App = 1 };
    std::vector<Sample> samples[2];

    out << "Start-up to first paint, QT_QPA_PLATFORM=offscreen, " << runs << " runs each (+" << warmUpRuns
        << " warm-up runs each, discarded), alternating\n"
        << "  app:   " << programs[App] << '\n'
        << "  floor: " << programs[Floor] << '\n';
    out.flush();

    for (int i = 0; i < warmUpRuns + runs; ++i) {
        // Alternate which goes first, so neither always runs right after the other.
        const int order[2] = {i % 2 ? App : Floor, i % 2 ? Floor : App};
        for (const int which : order) {
            QString error;
            const std::optional<Sample> sample = runOnce(programs[which], &error);
            if (!sample) {
                err << "bench_startup: " << error << Qt::endl;
                return 1;
            }
            if (i >= warmUpRuns)
                samples[which].push_back(*sample);
        }
    }

    Stats time[2];
    Stats rss[2];
    for (const int which : {Floor, App}) {
        std::vector<double> ms;
        std::vector<double> mib;
        for (const Sample &s : samples[which]) {
            ms.push_back(s.ms);
            mib.push_back(s.rssMiB);
        }
        time[which] = ProcessProbe::statsOf(ms);
        rss[which] = ProcessProbe::statsOf(mib);
    }

    const auto num = [](double value, int width) { return QStringLiteral("%1").arg(value, width, 'f', 1); };
    out << '\n'
        << "          first paint ms              peak RSS MiB\n"
        << "program   median     min     max      median\n";
    const char *names[2] = {"floor", "app"};
    for (const int which : {App, Floor}) {
        out << QString::fromLatin1(names[which]).leftJustified(8) << num(time[which].median, 8) << num(time[which].min, 8)
            << num(time[which].max, 8) << num(rss[which].median, 12) << '\n';
    }

    const double timeRatio = time[App].median / time[Floor].median;
    const double rssRatio = rss[App].median / rss[Floor].median;
    out << '\n'
        << "app/floor time: " << QStringLiteral("%1").arg(timeRatio, 0, 'f', 2)
        << "  (target <= " << QStringLiteral("%1").arg(target, 0, 'f', 2) << ": " << verdict(timeRatio) << ")\n"
        << "app/floor RSS:  " << QStringLiteral("%1").arg(rssRatio, 0, 'f', 2)
        << "  (target <= " << QStringLiteral("%1").arg(target, 0, 'f', 2) << ": " << verdict(rssRatio) << ")\n";
    return 0;
}
