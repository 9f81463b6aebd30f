// SPDX-License-Identifier: MIT
// Running the real program, as a whole process, for the benchmarks: time to its first painted
// content (FirstPaintProbe) with its peak RSS, or time to exit; and medians of such samples.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ProcessProbe {

struct Sample
{
    double ms = 0;
    double rssMiB = 0; ///< Only for runs to the first paint.
};

struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
};

/// Where a run keeps its settings and caches: a fresh folder each run, or a given one
/// (\a cacheHome) that a warm run shares with the runs before it.
struct Homes
{
    QString root; ///< config and data go here
    QString cacheHome; ///< XDG_CACHE_HOME
};

/// Starts \a program with \a arguments offscreen and waits for its first-paint line.
std::optional<Sample> firstPaint(const QString &program, const QStringList &arguments, const Homes &homes, QString *error);
/// Runs \a program with \a arguments to its end; a non-zero exit is an error.
std::optional<Sample> wholeRun(const QString &program, const QStringList &arguments, const Homes &homes, QString *error);

Stats statsOf(std::vector<double> values);

} // namespace ProcessProbe
