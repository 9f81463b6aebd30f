// SPDX-License-Identifier: MIT
#pragma once

#include "navigation/location.h"
#include "print/pdfexporter.h"

#include <QCommandLineParser>
#include <QSize>
#include <QString>

#include <optional>

class Catalogue;
class QTextStream;

/// The program's options. Headless commands (--list, --check-content) run here without a
/// display; everything else is left to the window.
class CommandLine final
{
public:
    CommandLine();

    /// What kind of application \a arguments need, decided before any QApplication exists:
    /// text commands need no display; PDF export draws text, so it needs Qt Gui (offscreen).
    enum class Mode { Console, Document, Window };
    static Mode modeFor(const QStringList &arguments);
    /// The value of --NAME VALUE or --NAME=VALUE in raw \a arguments, for what must be known
    /// before parsing (the interface language); empty when absent.
    static QString peekValue(const QStringList &arguments, const QString &name);

    /// Parses \a arguments (the program's name first). Returns the exit code when the program
    /// is to stop here: 0 after printing help or version to \a out, 1 after one line on \a err
    /// for an unknown option or an invalid value; nothing when it is to go on.
    std::optional<int> process(const QStringList &arguments, QTextStream &out, QTextStream &err);

    /// Runs the requested headless command and returns the exit code.
    int runHeadless(QTextStream &out, QTextStream &err) const;

    /// The pack to open, absolute: --content DIR, a positional DIR, or the bundled pack.
    QString contentRoot() const;
    /// Every pack named: --content may be given more than once for --search.
    QStringList contentRoots() const;

    /// --screenshot FILE: render the window offscreen to a PNG instead of opening it.
    QString screenshotFile() const { return m_parser.value(m_screenshot); }
    /// --page ID: the page to open first (empty: the last one, or home).
    /// --page: a page id, "id#section", or a link copied in the window ("atlas:id#section").
    Location startLocation() const;
    /// Every --page given, in order: the window opens one tab each.
    QVector<Location> startLocations() const;
    /// --size WxH, validated by process(); an invalid QSize when not given.
    QSize windowSize() const;
    bool dark() const { return m_parser.isSet(m_dark); }

private:
    int exportPdf(const Catalogue &catalogue, QTextStream &out, QTextStream &err) const;
    static int printBookmarks(QTextStream &out, QTextStream &err);
    static int reportPdf(const PdfExporter::Result &result, const QString &file, QTextStream &out, QTextStream &err);
    /// --compare ID ID2 (or --compare ID --compare ID2): the two page ids.
    QStringList compareIds() const;
    PdfExporter::Result comparePdf(const Catalogue &catalogue, const QString &file, const QPageSize &paper) const;

    QCommandLineParser m_parser;
    QCommandLineOption m_content;
    QCommandLineOption m_list;
    QCommandLineOption m_checkContent;
    QCommandLineOption m_screenshot;
    QCommandLineOption m_page;
    QCommandLineOption m_size;
    QCommandLineOption m_dark;
    QCommandLineOption m_lang;
    QCommandLineOption m_search;
    QCommandLineOption m_limit;
    QCommandLineOption m_json;
    QCommandLineOption m_exportPdf;
    QCommandLineOption m_section;
    QCommandLineOption m_paper;
    QCommandLineOption m_strict;
    QCommandLineOption m_matrix;
    QCommandLineOption m_compare;
    QCommandLineOption m_bookmarks;
};
