// SPDX-License-Identifier: MIT
// Highlighting benchmark: a page holding 1 MB of Rust code, parsed and laid out as the window
// shows it (MarkdownParser, then a QTextDocument with the page style sheet at a window's width),
// with its code coloured and, as the floor measured in the same run, left plain. The target is
// at most 2x the floor's median. Also the highlighter alone, in MB/s.
#include "markdown/codehighlighter.h"
#include "markdown/codetheme.h"
#include "markdown/markdownparser.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {

constexpr int Runs = 5;
constexpr double Target = 2.0;

/// About \a bytes of Rust in one fenced block: functions with comments, strings and numbers.
QByteArray rustPage(qsizetype bytes)
{
    QByteArray page = "# A long listing\n\nThe whole program:\n\n```rust\n";
    for (int n = 0; page.size() < bytes; ++n) {
        page += "/// Adds the readings of sensor " + QByteArray::number(n)
            + ".\n"
              "pub fn total_"
            + QByteArray::number(n)
            + "(readings: &[u32], label: &str) -> Result<u64, String> {\n"
              "    let mut sum: u64 = 0; // running total\n"
              "    for value in readings.iter() {\n"
              "        if *value > 1_000 { return Err(format!(\"{label}: {} is too high\", value)); }\n"
              "        sum += u64::from(*value);\n"
              "    }\n"
              "    Ok(sum)\n"
              "}\n\n";
    }
    return page + "```\n";
}

double medianMs(const std::function<void()> &work)
{
    work(); // warm-up: language definitions, fonts
    std::vector<double> times;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[Runs / 2];
}

/// Parses and lays out the page as the window would, at 900 px.
void render(const QByteArray &markdown, bool highlight)
{
    MarkdownParser::Options options;
    options.highlightCode = highlight;
    QTextDocument document;
    document.setDefaultStyleSheet(QStringLiteral("pre { font-family: monospace; white-space: pre; }") + CodeTheme::styleSheet(false));
    document.setHtml(MarkdownParser::parse(markdown, options).html);
    document.setTextWidth(900);
    (void)document.documentLayout()->documentSize();
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QByteArray page = rustPage(1024 * 1024);
    const QString code = QString::fromUtf8(page.mid(page.indexOf("```rust\n") + 8));

    const double plain = medianMs([&] { render(page, false); });
    const double coloured = medianMs([&] { render(page, true); });
    const double alone = medianMs([&] { (void)CodeHighlighter::toHtml(code, QStringLiteral("rust")); });
    const double ratio = coloured / plain;
    out << "### A page with " << page.size() / 1024 << " KiB of Rust code, median of " << Runs << " runs\n\n"
        << "| measure | value |\n|---|---|\n"
        << "| floor: parse and lay out, code plain | " << QString::number(plain, 'f', 0) << " ms |\n"
        << "| parse and lay out, code coloured | " << QString::number(coloured, 'f', 0) << " ms |\n"
        << "| coloured / plain (target <= " << Target << ") | " << QString::number(ratio, 'f', 2)
        << (ratio <= Target ? ", met" : ", **missed**") << " |\n"
        << "| highlighter alone | " << QString::number(alone, 'f', 0)
        << " ms = " << QString::number(page.size() / 1e6 / (alone / 1000), 'f', 1) << " MB/s |\n";
    return 0;
}
