// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
#include <QSize>
#include <QString>

class QTextStream;

/// The program's options. Headless commands (--list, --check-content) run here without a
/// display; everything else is left to the window.
class CommandLine final
{
public:
    CommandLine();

    /// Whether \a arguments ask for a headless command, decided before any QApplication exists.
    static bool isHeadless(const QStringList &arguments);

    /// Parses the arguments of the running application; prints help or version and exits on request,
    /// exits with 1 and one line on stderr on unknown options.
    void process(const QStringList &arguments);

    /// Runs the requested headless command and returns the exit code.
    int runHeadless(QTextStream &out, QTextStream &err) const;

    /// The pack to open: --content DIR, a directory after --check-content, or the bundled pack.
    QString contentRoot() const;

    /// --screenshot FILE: render the window offscreen to a PNG instead of opening it.
    QString screenshotFile() const { return m_parser.value(m_screenshot); }
    /// --page ID: the page to open first (empty: the last one, or home).
    QString startPage() const { return m_parser.value(m_page); }
    /// --size WxH, validated by process(); an invalid QSize when not given.
    QSize windowSize() const;
    bool dark() const { return m_parser.isSet(m_dark); }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_content;
    QCommandLineOption m_list;
    QCommandLineOption m_checkContent;
    QCommandLineOption m_screenshot;
    QCommandLineOption m_page;
    QCommandLineOption m_size;
    QCommandLineOption m_dark;
};
