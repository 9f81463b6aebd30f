// SPDX-License-Identifier: MIT
#include "cli/commandline.h"
#include "content/catalogue.h"
#include "mainwindow.h"

#include <QApplication>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.push_back(QString::fromLocal8Bit(argv[i]));
    const bool headless = CommandLine::isHeadless(arguments);

    // Headless commands must run without a display, so they get a QCoreApplication.
    std::unique_ptr<QCoreApplication> app(headless ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("rust-atlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rust Atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUST_ATLAS_VERSION));

    CommandLine commandLine;
    commandLine.process(QCoreApplication::arguments());
    if (headless) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return commandLine.runHeadless(out, err);
    }

    const Catalogue catalogue = Catalogue::load(commandLine.contentRoot());
    MainWindow window(catalogue);
    window.show();
    return QCoreApplication::exec();
}
