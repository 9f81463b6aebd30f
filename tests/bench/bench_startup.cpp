// SPDX-License-Identifier: MIT
// Start-up benchmark: time from process start to the first painted content, and peak
// RSS, of the real program next to a floor (a bare Qt window with the same widgets)
// measured in the same run, so machine load and caches affect both alike.
// The targets are reported, not enforced: a timed test would only be flaky.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>
#include <vector>

namespace {

constexpr int probeTimeoutMs = 20'000;
constexpr int warmUpRuns = 2;
constexpr int recommendedRuns = 10;
constexpr double target = 1.25;

struct Sample
{
    double firstPaintMs = 0;
    double rssMiB = 0;
};

struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
};

Stats statsOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return {median, values.front(), values.back()};
}

QString tail(const QByteArray &bytes)
{
    // Enough of a crashed program's stderr to see why, without flooding the report.
    return QString::fromLocal8Bit(bytes.right(2000)).trimmed();
}

// Runs @p program once; on failure fills @p error and returns nothing.
std::optional<Sample> runOnce(const QString &program, QString *error)
{
    // A fresh configuration and cache per run: saved geometry, last page or a cached
    // index from an earlier run would make runs differ. Data too, in case an index
    // ends up under AppDataLocation.
    QTemporaryDir home;
    if (!home.isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: ") + home.errorString();
        return std::nullopt;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("RUST_ATLAS_FIRST_PAINT_PROBE"), QStringLiteral("1"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));

    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProgram(program);

    QElapsedTimer clock;
    const QDeadlineTimer deadline(probeTimeoutMs);
    clock.start();
    process.start(QIODevice::ReadOnly);
    if (!process.waitForStarted(int(deadline.remainingTime()))) {
        *error = QStringLiteral("%1 failed to start: %2").arg(program, process.errorString());
        return std::nullopt;
    }

    std::optional<qint64> rssKiB;
    qint64 elapsedNs = 0;
    const QByteArray prefix = QByteArrayLiteral("first-paint rss-kb=");
    while (!rssKiB) {
        while (!rssKiB && process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (!line.startsWith(prefix))
                continue; // the program may print other things first
            elapsedNs = clock.nsecsElapsed();
            bool ok = false;
            const qint64 value = line.mid(prefix.size()).toLongLong(&ok);
            if (!ok) {
                process.kill();
                process.waitForFinished();
                *error = QStringLiteral("%1 printed a malformed probe line: %2")
                             .arg(program, QString::fromLocal8Bit(line));
                return std::nullopt;
            }
            rssKiB = value;
        }
        if (rssKiB)
            break;
        if (process.state() == QProcess::NotRunning || deadline.hasExpired()
            || !process.waitForReadyRead(int(deadline.remainingTime()))) {
            const bool running = process.state() != QProcess::NotRunning;
            process.kill();
            process.waitForFinished();
            *error = running
                ? QStringLiteral("%1 did not print the first-paint probe within %2 s "
                                 "(is FirstPaintProbe::installIfRequested called?)")
                      .arg(program).arg(probeTimeoutMs / 1000)
                : process.exitStatus() == QProcess::CrashExit
                ? QStringLiteral("%1 crashed (signal %2) before printing the first-paint probe")
                      .arg(program).arg(process.exitCode())
                : QStringLiteral("%1 exited (code %2) without printing the first-paint probe")
                      .arg(program).arg(process.exitCode());
            const QString stderrTail = tail(process.readAllStandardError());
            if (!stderrTail.isEmpty())
                *error += QStringLiteral("\n--- stderr ---\n") + stderrTail;
            return std::nullopt;
        }
    }

    // The probe quits the application; a program that then hangs or crashes in its
    // shutdown is broken, and its figures are not to be trusted.
    if (!process.waitForFinished(probeTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("%1 did not exit within %2 s after the probe")
                     .arg(program).arg(probeTimeoutMs / 1000);
        return std::nullopt;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = process.exitStatus() == QProcess::CrashExit
            ? QStringLiteral("%1 crashed (signal %2) after the probe, while shutting down")
                  .arg(program).arg(process.exitCode())
            : QStringLiteral("%1 exited with code %2 after the probe").arg(program).arg(process.exitCode());
        const QString stderrTail = tail(process.readAllStandardError());
        if (!stderrTail.isEmpty())
            *error += QStringLiteral("\n--- stderr ---\n") + stderrTail;
        return std::nullopt;
    }
    return Sample{double(elapsedNs) / 1e6, double(*rssKiB) / 1024.0};
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
    parser.setApplicationDescription(
        QStringLiteral("Times process start to first painted content, and peak RSS, of the "
                       "program and of a bare Qt window (the floor), alternating runs."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Measured runs per program (default 15)."),
                                        QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The program to measure."),
                                       QStringLiteral("PATH"), QStringLiteral(RUST_ATLAS_BINARY));
    const QCommandLineOption floorOption(QStringLiteral("floor"), QStringLiteral("The floor program."),
                                         QStringLiteral("PATH"), QStringLiteral(RUST_ATLAS_FLOOR));
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

    const QString programs[2] = {QFileInfo(parser.value(floorOption)).absoluteFilePath(),
                                 QFileInfo(parser.value(appOption)).absoluteFilePath()};
    enum { Floor = 0, App = 1 };
    std::vector<Sample> samples[2];

    out << "Start-up to first paint, QT_QPA_PLATFORM=offscreen, " << runs << " runs each (+"
        << warmUpRuns << " warm-up runs each, discarded), alternating\n"
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
            ms.push_back(s.firstPaintMs);
            mib.push_back(s.rssMiB);
        }
        time[which] = statsOf(ms);
        rss[which] = statsOf(mib);
    }

    const auto num = [](double value, int width) { return QStringLiteral("%1").arg(value, width, 'f', 1); };
    out << '\n'
        << "          first paint ms              peak RSS MiB\n"
        << "program   median     min     max      median\n";
    const char *names[2] = {"floor", "app"};
    for (const int which : {App, Floor}) {
        out << QString::fromLatin1(names[which]).leftJustified(8) << num(time[which].median, 8)
            << num(time[which].min, 8) << num(time[which].max, 8) << num(rss[which].median, 12) << '\n';
    }

    const double timeRatio = time[App].median / time[Floor].median;
    const double rssRatio = rss[App].median / rss[Floor].median;
    out << '\n'
        << "app/floor time: " << QStringLiteral("%1").arg(timeRatio, 0, 'f', 2) << "  (target <= "
        << QStringLiteral("%1").arg(target, 0, 'f', 2) << ": " << verdict(timeRatio) << ")\n"
        << "app/floor RSS:  " << QStringLiteral("%1").arg(rssRatio, 0, 'f', 2) << "  (target <= "
        << QStringLiteral("%1").arg(target, 0, 'f', 2) << ": " << verdict(rssRatio) << ")\n";
    return 0;
}
