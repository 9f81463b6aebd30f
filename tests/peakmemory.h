// SPDX-License-Identifier: MIT
// Runs a program to its end and tells its peak resident memory (the kernel's ru_maxrss of that
// one child, from wait4), for tests that compare what two runs needed.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <vector>

extern char **environ;

namespace PeakMemory {

struct Run
{
    int exitCode = -1; ///< -1 when it did not exit normally (a crash, a signal)
    qint64 peakKiB = 0;
    QByteArray output; ///< stdout and stderr, together
};

/// Runs \a program with \a arguments and the extra environment \a environment ("NAME=value"),
/// its output going to \a outputFile.
inline Run run(const QString &program, const QStringList &arguments, const QStringList &environment, const QString &outputFile)
{
    std::vector<QByteArray> storage;
    storage.push_back(program.toLocal8Bit());
    for (const QString &argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &bytes : storage)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);
    // The environment is built before fork(): a child of a threaded process may only call
    // async-signal-safe functions until it execs.
    std::vector<QByteArray> variables;
    for (const QString &variable : environment)
        variables.push_back(variable.toLocal8Bit());
    for (char **inherited = environ; *inherited; ++inherited) {
        const QByteArray variable(*inherited);
        const QByteArray name = variable.left(variable.indexOf('=') + 1);
        if (std::none_of(variables.cbegin(), variables.cend(), [&](const QByteArray &v) { return v.startsWith(name); }))
            variables.push_back(variable);
    }
    std::vector<char *> envp;
    for (QByteArray &variable : variables)
        envp.push_back(variable.data());
    envp.push_back(nullptr);
    const QByteArray output = outputFile.toLocal8Bit();

    Run result;
    const pid_t child = fork();
    if (child == 0) {
        const int fd = open(output.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(fd, 1);
        dup2(fd, 2);
        execve(argv.front(), argv.data(), envp.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (child < 0 || wait4(child, &status, 0, &usage) != child)
        return result;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.peakKiB = usage.ru_maxrss;
    QFile file(outputFile);
    if (file.open(QIODevice::ReadOnly))
        result.output = file.readAll();
    return result;
}

} // namespace PeakMemory
