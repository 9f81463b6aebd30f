// SPDX-License-Identifier: MIT
#include "bookmarkcontroller.h"
#include "commandline.h"
#include "content/catalogue.h"
#include "content/imagecheck.h"
#include "historycontroller.h"
#include "library/library.h"
#include "library/openpack.h"
#include "library/packcache.h"
#include "mainwindow.h"
#include "preferences.h"
#include "stalesettingslock.h"
#include "tabcontroller.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetrics>
#include <QFuture>
#include <QImageReader>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextStream>
#include <QTranslator>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

#include <unistd.h>

namespace {
/// The interface translation for --lang CODE or the system language; the content stays English.
/// Says on stderr when a language asked for with --lang does not ship; English is then used.
void installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, QStringLiteral("rust-atlas"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(translator);
    } else {
        if (!language.isEmpty() && locale.language() != QLocale::English)
            QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                                << QStringLiteral("no translation for '%1'; the interface stays in English").arg(language) << Qt::endl;
        // English, whose translation holds only its plurals ("1 page", "2 pages").
        if (translator->load(QStringLiteral(":/i18n/rust-atlas_en.qm")))
            QCoreApplication::installTranslator(translator);
    }
    // Qt's own strings (standard buttons, print dialogs), when the system has them.
    auto *qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
}

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
    const CommandLine::Mode mode = CommandLine::modeFor(arguments);
    const bool screenshot = arguments.contains(QStringLiteral("--screenshot"));
    if (screenshot || mode == CommandLine::Mode::Document) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session there is no runtime folder; Qt would make one and warn on stderr,
        // which must hold nothing but our own one-line errors.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/runtime-rust-atlas-" + QByteArray::number(getuid());
            if (QDir().mkpath(QString::fromLocal8Bit(runtime)))
                QFile::setPermissions(QString::fromLocal8Bit(runtime),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime);
        }
    }

    // Commands must run without a display: text ones need no Gui at all, PDF export needs fonts.
    std::unique_ptr<QCoreApplication> app;
    if (mode == CommandLine::Mode::Console)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else if (mode == CommandLine::Mode::Document)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rust-atlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("rust-atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUST_ATLAS_VERSION));
    if (!screenshot)
        StaleSettingsLock::clear(QSettings().fileName());

    // --lang for this run, else the language chosen in Preferences (not for a screenshot,
    // which must not depend on the user's settings).
    QString language = CommandLine::peekValue(arguments, QStringLiteral("lang"));
    if (language.isEmpty() && mode == CommandLine::Mode::Window && !screenshot) {
        QSettings user;
        language = Preferences(user).language();
    }
    installTranslations(language);
    CommandLine commandLine;
    {
        QTextStream out(stdout);
        QTextStream err(stderr);
        if (const std::optional<int> exitCode = commandLine.process(QCoreApplication::arguments(), out, err))
            return *exitCode;
        if (mode != CommandLine::Mode::Window)
            return commandLine.runHeadless(out, err);
    }

    // The pack loads on a worker thread while this one readies the interface: from its cache
    // when it was opened before, else as a sketch of names that is read behind the window.
    const QString root = commandLine.contentRoot();
    if (root != Catalogue::bundledRoot() && !QFileInfo(root).isDir()) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                            << QCoreApplication::translate("CommandLine", "content folder '%1' does not exist or is not a folder").arg(root)
                            << Qt::endl;
        return 2;
    }
    // A screenshot shows the pack read whole.
    QFuture<Catalogue> loading
        = QtConcurrent::run([root, screenshot] { return screenshot ? PackCache().loadFresh(root) : PackCache().open(root); });
    // A pack's image may claim any size: one larger than this (a 30,000-pixel square is 3.4 GiB)
    // is refused before anything is allocated, and the page shows a placeholder. Qt 6.4's own
    // default, made explicit.
    QImageReader::setAllocationLimit(ImageCheck::AllocationLimitMiB);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Rust Atlas"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.rustatlas.RustAtlas"));

    // The font database takes milliseconds to build on the first use of a font: build it now,
    // alongside the load, rather than in the middle of laying out the window.
    QFontMetrics(QApplication::font()).height();
    // Screenshots must not depend on (or change) the user's saved window state or library.
    QTemporaryDir scratch;
    QSettings settings = screenshot ? QSettings(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat) : QSettings();
    // The theme: --dark for this run, else Preferences; a screenshot is light unless --dark.
    Preferences::Theme theme = commandLine.dark() ? Preferences::Theme::Dark
        : screenshot                              ? Preferences::Theme::Light
                                                  : Preferences(settings).theme();
    Preferences::applyTheme(theme);
    Library library(settings);
    auto catalogue = std::make_unique<const Catalogue>(loading.takeResult());
    QVector<Location> starts = commandLine.startLocations();
    for (Location &start : starts) {
        if (const QUrl link(start.pageId); link.isLocalFile()) {
            const Page *page = catalogue->pageAtPath(link.toLocalFile());
            start.pageId = page ? page->id : link.toLocalFile();
        }
        if (const QString page = start.pageId; !page.isEmpty() && !catalogue->page(page)) {
            QTextStream(stderr) << QCoreApplication::applicationName() << ": "
                                << QCoreApplication::translate("CommandLine", "no page '%1' in this content pack; see --list").arg(page)
                                << Qt::endl;
            return 1;
        }
    }
    OpenPack *pack = library.add(root, std::move(catalogue));
    MainWindow window(library, pack, settings);
    BookmarkController::attach(window, library);
    new HistoryController(window, library, settings);
    auto *tabs = new TabController(window, library, settings);
    // Each --page in a tab of its own; the first is shown.
    for (qsizetype i = 0; i < starts.size(); ++i) {
        if (i == 0)
            window.navigate(starts.first());
        else
            tabs->openInBackground(starts.at(i));
    }
    if (screenshot)
        return saveScreenshot(window, commandLine);

    window.show();
    return QCoreApplication::exec();
}
