// SPDX-License-Identifier: MIT
// PDF export benchmark: exports the whole bundled atlas (cover, contents, 31 pages, the SVG
// figure) N times and prints the median and minimum time and the file size. The floor, measured
// in the same run, is Qt's own QTextDocument::print() of the same pages' HTML into a QPdfWriter,
// without images, page numbers or headers: what any Qt program pays to put this text in a PDF.
// Figures are reported, not enforced; the target is a median under 2 seconds.
// With a book's folder as argument it also exports the whole book (title page, contents, every
// chapter), three times; its target is at most 2x the 2.7 s the first version of book printing
// took on this machine, and its peak memory is the process's (see /usr/bin/time -v in README).
#include "content/catalogue.h"
#include "print/pdfexporter.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

namespace {
constexpr int runs = 10;
constexpr double targetMs = 2000;
constexpr double bookTargetMs = 5400;

struct Figures
{
    double medianMs = 0;
    double minMs = 0;
    qint64 bytes = 0;
};

/// One warm-up (fonts, SVG parsing caches), then \a runs timed calls of \a exportTo.
Figures measure(const std::function<bool(const QString &)> &exportTo, const QString &path)
{
    exportTo(path);
    std::vector<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        if (!exportTo(path))
            return {};
        times.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {(times[runs / 2 - 1] + times[runs / 2]) / 2, times.front(), QFileInfo(path).size()};
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const Catalogue catalogue = Catalogue::load(Catalogue::bundledRoot());
    QTemporaryDir dir;
    int pages = 0;
    QString error;

    const Figures atlas = measure(
        [&](const QString &path) {
            const PdfExporter::Result result
                = PdfExporter::exportPdf(catalogue, PrintSelection::section(PrintSelection::Kind::Atlas), path, QPageSize(QPageSize::A4));
            pages = result.pageCount;
            error = result.errorString;
            return result.ok;
        },
        dir.filePath(QStringLiteral("atlas.pdf")));
    if (atlas.bytes == 0) {
        out << "bench_pdf: export failed: " << error << Qt::endl;
        return 1;
    }

    QString html;
    for (const Page &page : catalogue.pages())
        html += QStringLiteral("<div style=\"page-break-before: always\">") + catalogue.content(page.id).html + QStringLiteral("</div>");
    const Figures floor = measure(
        [&](const QString &path) {
            QTextDocument document;
            document.setHtml(html);
            QPdfWriter writer(path);
            writer.setPageSize(QPageSize(QPageSize::A4));
            document.print(&writer);
            return true;
        },
        dir.filePath(QStringLiteral("floor.pdf")));

    const auto row = [&](const char *name, const Figures &f) {
        out << qSetFieldWidth(44) << Qt::left << name << qSetFieldWidth(0) << Qt::right << qSetFieldWidth(9)
            << QString::number(f.medianMs, 'f', 1) << qSetFieldWidth(0) << " ms" << qSetFieldWidth(9) << QString::number(f.minMs, 'f', 1)
            << qSetFieldWidth(0) << " ms" << qSetFieldWidth(9) << QString::number(f.bytes / 1024.0, 'f', 1) << qSetFieldWidth(0)
            << " KiB\n";
    };
    out << "bench_pdf: the whole bundled atlas to PDF (A4, " << pages << " pages), " << runs << " runs after one warm-up\n";
    out << qSetFieldWidth(44) << Qt::left << "" << qSetFieldWidth(0) << Qt::right << "   median        min        size\n";
    row("rust-atlas PdfExporter (whole atlas)", atlas);
    row("floor: QTextDocument::print, HTML only", floor);
    out << "ratio to floor: " << QString::number(atlas.medianMs / floor.medianMs, 'f', 2) << "\n"
        << "target: median under " << targetMs << " ms: " << (atlas.medianMs < targetMs ? "met" : "MISSED") << Qt::endl;
    if (argc < 2)
        return 0;

    // A whole book, as --export-pdf FILE --content BOOK --section all writes it.
    const Catalogue book = Catalogue::load(QString::fromLocal8Bit(argv[1]));
    QElapsedTimer timer;
    std::vector<double> times;
    for (int run = 0; run < 3; ++run) {
        timer.start();
        const PdfExporter::Result result = PdfExporter::exportPdf(book, PrintSelection::section(PrintSelection::Kind::Atlas),
                                                                  dir.filePath(QStringLiteral("book.pdf")), QPageSize(QPageSize::A4));
        times.push_back(timer.nsecsElapsed() / 1e6);
        pages = result.pageCount;
    }
    std::sort(times.begin(), times.end());
    out << "\nthe whole book " << book.title() << " (" << book.pages().size() << " pages of Markdown, " << pages << " PDF pages): median "
        << QString::number(times[1], 'f', 0) << " ms of 3; target under " << bookTargetMs
        << " ms (2x the first version's 2.7 s): " << (times[1] < bookTargetMs ? "met" : "MISSED") << Qt::endl;
    return 0;
}
