// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineParser>
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

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_content;
    QCommandLineOption m_list;
    QCommandLineOption m_checkContent;
};
