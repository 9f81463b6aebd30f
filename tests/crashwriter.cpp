// SPDX-License-Identifier: MIT
// For tst_crashsafety: saves state over and over, as the window does, until it is killed.
//   crashwriter bookmarks FILE   saves the bookmarks: version N holds N bookmarks "1" … "N"
//   crashwriter settings         saves settings: version N has "version" N and a value of N KiB
// Each version is announced on stdout once it is saved.
#include "bookmarks/bookmarkstore.h"
#include "stalesettingslock.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rust-atlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("rust-atlas"));
    const QStringList arguments = app.arguments();
    QTextStream out(stdout);
    if (arguments.value(1) == QLatin1String("bookmarks")) {
        BookmarkStore store(arguments.value(2));
        for (int version = 1;; ++version) {
            auto bookmark = std::make_unique<BookmarkNode>();
            bookmark->kind = BookmarkNode::Kind::Bookmark;
            bookmark->title = QString::number(version);
            bookmark->pageId = QStringLiteral("page-%1").arg(version);
            bookmark->packRoot = QStringLiteral("/packs/book");
            store.root().add(std::move(bookmark));
            if (!store.save())
                return 1;
            out << version << Qt::endl;
        }
    }
    if (arguments.value(1) == QLatin1String("settings")) {
        StaleSettingsLock::clear(QSettings().fileName()); // as the program does at start
        QSettings settings;
        for (int version = 1;; ++version) {
            settings.setValue(QStringLiteral("version"), version);
            settings.setValue(QStringLiteral("window/state"), QByteArray(version % 512 * 1024, char('a' + version % 26)));
            settings.sync();
            if (settings.status() != QSettings::NoError)
                return 1;
            out << version << Qt::endl;
        }
    }
    return 2;
}
