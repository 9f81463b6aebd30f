// SPDX-License-Identifier: MIT
// Opening a pack: how much reading a book as a book (summary, includes, hidden lines, .html
// links) costs over reading the same chapters as a plain folder, the floor measured in the same
// run. Prints medians; not a pass/fail test.
//
// Usage: bench_open BOOK_ROOT PLAIN_FOLDER [RUNS]   (make-book.py writes both)
#include "content/catalogue.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

namespace {
struct Timing
{
    double median = 0;
    double minimum = 0;
    int pages = 0;
    int errors = 0;
    QString kind;
};

Timing measure(const QString &root, int runs)
{
    QVector<double> times;
    Timing timing;
    Catalogue::load(root); // warm the file cache and the thread pool
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Catalogue catalogue = Catalogue::load(root);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        timing.pages = int(catalogue.pages().size());
        timing.errors = catalogue.errorCount();
        timing.kind = PackKinds::id(catalogue.kind());
    }
    std::sort(times.begin(), times.end());
    timing.median = times.at(times.size() / 2);
    timing.minimum = times.first();
    return timing;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: bench_open BOOK_ROOT PLAIN_FOLDER [RUNS]\n";
        return 2;
    }
    const int runs = args.size() > 3 ? std::max(3, args.at(3).toInt()) : 9;
    const Timing atlas = measure(QStringLiteral(RUST_ATLAS_CONTENT_DIR), runs);
    const Timing book = measure(args.at(1), runs);
    const Timing plain = measure(args.at(2), runs);
    if (book.kind != PackKinds::id(PackKind::Book) || plain.kind != PackKinds::id(PackKind::Folder)) {
        QTextStream(stderr) << "expected a book and a plain folder, got " << book.kind << " and " << plain.kind << "\n";
        return 1;
    }
    out << QStringLiteral("| pack | kind | pages | problems | median (ms) | min (ms) |\n|---|---|---|---|---|---|\n");
    for (const auto &[name, t] : {std::pair{QStringLiteral("bundled atlas"), atlas}, std::pair{QStringLiteral("book"), book},
                                  std::pair{QStringLiteral("same chapters as a folder (floor)"), plain}})
        out << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                   .arg(name, t.kind)
                   .arg(t.pages)
                   .arg(t.errors)
                   .arg(t.median, 0, 'f', 1)
                   .arg(t.minimum, 0, 'f', 1);
    const double ratio = book.median / plain.median;
    out << QStringLiteral("\nbook / folder: %1 (target <= 1.3): %2; %3 runs each\n")
               .arg(ratio, 0, 'f', 2)
               .arg(ratio <= 1.3 ? QStringLiteral("met") : QStringLiteral("NOT met"))
               .arg(runs);
    return 0;
}
