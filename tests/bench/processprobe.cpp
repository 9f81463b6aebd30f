// SPDX-License-Identifier: MIT
#include "processprobe.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>

namespace ProcessProbe {

namespace {
constexpr int timeoutMs = 120'000;

QString tail(const QByteArray &bytes)
{
    // Enough of a crashed program's stderr to see why, without flooding the report.
    return QString::fromLocal8Bit(bytes.right(2000)).trimmed();
}

QProcessEnvironment environmentFor(const Homes &homes)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(RUST_ATLAS_FIRST_PAINT_PROBE));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), homes.root + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), homes.root + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), homes.cacheHome);
    return environment;
}

QString failure(const QString &program, QProcess &process, const QString &what)
{
    QString error = QStringLiteral("%1 %2").arg(program, what);
    const QString stderrTail = tail(process.readAllStandardError());
    if (!stderrTail.isEmpty())
        error += QStringLiteral("\n--- stderr ---\n") + stderrTail;
    return error;
}

bool finishedCleanly(const QString &program, QProcess &process, QString *error)
{
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *error = QStringLiteral("%1 did not exit within %2 s").arg(program).arg(timeoutMs / 1000);
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = failure(program, process,
                         process.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed (signal %1)").arg(process.exitCode())
                                                                     : QStringLiteral("exited with code %1").arg(process.exitCode()));
        return false;
    }
    return true;
}
} // namespace

Stats statsOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    const double median = n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    return {median, values.front(), values.back()};
}

std::optional<Sample> firstPaint(const QString &program, const QStringList &arguments, const Homes &homes, QString *error)
{
    QProcess process;
    process.setProcessEnvironment(environmentFor(homes));
    QElapsedTimer clock;
    const QDeadlineTimer deadline(timeoutMs);
    clock.start();
    process.start(program, arguments, QIODevice::ReadOnly);
    if (!process.waitForStarted(int(deadline.remainingTime()))) {
        *error = QStringLiteral("%1 failed to start: %2").arg(program, process.errorString());
        return std::nullopt;
    }
    const QByteArray prefix = QByteArrayLiteral("first-paint rss-kb=");
    for (;;) {
        while (process.canReadLine()) {
            const QByteArray line = process.readLine().trimmed();
            if (!line.startsWith(prefix))
                continue; // the program may print other things first
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            bool ok = false;
            const qint64 rssKiB = line.mid(prefix.size()).toLongLong(&ok);
            // The probe quits the application; a program that then hangs or crashes in its
            // shutdown is broken, and its figures are not to be trusted.
            if (!ok || !finishedCleanly(program, process, error)) {
                if (!ok)
                    *error = QStringLiteral("%1 printed a malformed probe line: %2").arg(program, QString::fromLocal8Bit(line));
                return std::nullopt;
            }
            return Sample{ms, double(rssKiB) / 1024.0};
        }
        if (process.state() == QProcess::NotRunning || deadline.hasExpired() || !process.waitForReadyRead(int(deadline.remainingTime()))) {
            process.kill();
            process.waitForFinished();
            *error = failure(program, process,
                             QStringLiteral("ended or timed out before the first-paint probe"
                                            " (is FirstPaintProbe::installIfRequested called?)"));
            return std::nullopt;
        }
    }
}

std::optional<Sample> wholeRun(const QString &program, const QStringList &arguments, const Homes &homes, QString *error)
{
    QProcess process;
    process.setProcessEnvironment(environmentFor(homes));
    process.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments, QIODevice::ReadOnly);
    if (!process.waitForStarted(timeoutMs)) {
        *error = QStringLiteral("%1 failed to start: %2").arg(program, process.errorString());
        return std::nullopt;
    }
    if (!finishedCleanly(program, process, error))
        return std::nullopt;
    return Sample{double(clock.nsecsElapsed()) / 1e6, 0};
}

} // namespace ProcessProbe
