// SPDX-License-Identifier: MIT
#include "cli/commandline.h"
#include "content/catalogue.h"
#include "firstpaintprobe.h"
#include "mainwindow.h"
#include "windowstyle.h"

#include <QApplication>
#include <QSettings>
#include <QStyleFactory>
#include <QTextBrowser>
#include <QTemporaryDir>
#include <QTextStream>

#include <memory>

namespace {
int saveScreenshot(MainWindow &window, const CommandLine &commandLine)
{
    window.resize(commandLine.windowSize().isValid() ? commandLine.windowSize() : QSize(1400, 880));
    window.show();
    QCoreApplication::processEvents();
    const QString file = commandLine.screenshotFile();
    if (!window.grab().save(file, "PNG")) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": cannot write screenshot '" << file << "'" << Qt::endl;
        return 1;
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.push_back(QString::fromLocal8Bit(argv[i]));
    const bool headless = CommandLine::isHeadless(arguments);
    const bool screenshot = arguments.contains(QStringLiteral("--screenshot"));
    if (screenshot)
        qputenv("QT_QPA_PLATFORM", "offscreen");

    // Headless commands must run without a display, so they get a QCoreApplication.
    std::unique_ptr<QCoreApplication> app(headless ? new QCoreApplication(argc, argv) : new QApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("rust-atlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("rust-atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUST_ATLAS_VERSION));

    CommandLine commandLine;
    commandLine.process(QCoreApplication::arguments());
    if (headless) {
        QTextStream out(stdout);
        QTextStream err(stderr);
        return commandLine.runHeadless(out, err);
    }

    QGuiApplication::setApplicationDisplayName(QStringLiteral("Rust Atlas"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.rustatlas.RustAtlas"));
    if (commandLine.dark() || screenshot)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (commandLine.dark())
        QApplication::setPalette(WindowStyle::darkPalette());

    const Catalogue catalogue = Catalogue::load(commandLine.contentRoot());
    // Screenshots must not depend on (or change) the user's saved window state.
    QTemporaryDir scratch;
    QSettings settings = screenshot ? QSettings(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
                                    : QSettings();
    MainWindow window(catalogue, settings);
    if (!commandLine.startPage().isEmpty())
        window.navigate({commandLine.startPage(), {}});
    if (screenshot)
        return saveScreenshot(window, commandLine);

    FirstPaintProbe::installIfRequested(window.findChild<QTextBrowser *>(QStringLiteral("pageView"))->viewport());
    window.show();
    return QCoreApplication::exec();
}
