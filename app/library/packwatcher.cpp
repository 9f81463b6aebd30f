// SPDX-License-Identifier: MIT
#include "packwatcher.h"

#include "content/catalogue.h"

#include <QDir>
#include <QDirIterator>
#include <QFileSystemWatcher>
#include <QTimer>

PackWatcher::PackWatcher(QObject *parent) : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_quiet(new QTimer(this))
{
    m_quiet->setSingleShot(true);
    m_quiet->setInterval(QuietMs);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_quiet, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_quiet, qOverload<>(&QTimer::start));
    connect(m_quiet, &QTimer::timeout, this, &PackWatcher::changed);
}

void PackWatcher::watch(const Catalogue &catalogue)
{
    if (const QStringList old = watchedPaths(); !old.isEmpty())
        m_watcher->removePaths(old);
    const PackLayout &layout = catalogue.layout();
    if (layout.root.startsWith(u':'))
        return; // compiled into the program: it cannot change
    QStringList folders{layout.pagesRoot};
    QDirIterator it(layout.pagesRoot, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString folder = it.next();
        if (!it.fileName().startsWith(u'.'))
            folders << folder;
    }
    QStringList files;
    const QDir root(layout.pagesRoot);
    for (const Page &page : catalogue.pages()) {
        files << root.filePath(page.path);
        files += page.includedFiles;
    }
    if (catalogue.kind() == PackKind::Book) {
        folders << layout.bookRoot;
        files << root.filePath(QStringLiteral("SUMMARY.md")) << QDir(layout.bookRoot).filePath(QStringLiteral("book.toml"));
    }
    folders.removeDuplicates();
    files.removeDuplicates();
    m_watcher->addPaths(folders);
    if (files.size() <= MaxWatchedFiles) {
        files.removeIf([](const QString &file) { return !QFileInfo::exists(file); });
        if (!files.isEmpty())
            m_watcher->addPaths(files);
    }
}

QStringList PackWatcher::watchedPaths() const
{
    return m_watcher->files() + m_watcher->directories();
}
