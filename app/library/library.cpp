// SPDX-License-Identifier: MIT
#include "library.h"

#include "openpack.h"
#include "packcache.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSettings>
#include <QtConcurrent/QtConcurrentRun>

namespace {
const QString Group = QStringLiteral("library/packs");

PackKind kindFromId(const QString &id)
{
    for (PackKind kind : {PackKind::Atlas, PackKind::Book, PackKind::Vault, PackKind::Folder}) {
        if (PackKinds::id(kind) == id)
            return kind;
    }
    return PackKind::Folder;
}
} // namespace

Library::Library(QSettings &settings, QObject *parent) : QObject(parent), m_settings(settings)
{
    qRegisterMetaType<OpenPack *>(); // packLoaded() and packClosing() carry it in queued connections and spies
    load();
}

Library::~Library()
{
    // A folder still being read finishes first: its result would have nowhere to go.
    for (auto *watcher : findChildren<QFutureWatcher<Catalogue> *>()) {
        if (watcher->isRunning())
            watcher->waitForFinished();
    }
    // Packs go before the library's signals do: views may still listen.
    m_open.clear();
}

QString Library::bundledRoot()
{
    return Catalogue::bundledRoot();
}

QString Library::normalized(const QString &path)
{
    if (path.startsWith(u':'))
        return path;
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

int Library::indexOf(const QString &root) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).root == root)
            return i;
    }
    return -1;
}

void Library::load()
{
    m_entries.push_back({bundledRoot(), tr("Rust Atlas"), PackKind::Atlas, 0, {}, false});
    const int count = m_settings.beginReadArray(Group);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        LibraryEntry entry;
        entry.root = m_settings.value(QStringLiteral("root")).toString();
        // A damaged list loses only the entries it damaged.
        if (entry.root.isEmpty() || entry.root.startsWith(u':') || indexOf(entry.root) >= 0)
            continue;
        entry.title = m_settings.value(QStringLiteral("title"), QFileInfo(entry.root).fileName()).toString();
        entry.kind = kindFromId(m_settings.value(QStringLiteral("kind")).toString());
        entry.pageCount = m_settings.value(QStringLiteral("pages")).toInt();
        entry.lastOpened = m_settings.value(QStringLiteral("lastOpened")).toDateTime();
        m_entries.push_back(entry);
    }
    m_settings.endArray();
    refreshMissing();
}

void Library::save() const
{
    m_settings.beginWriteArray(Group);
    int i = 0;
    for (const LibraryEntry &entry : m_entries) {
        if (entry.root == bundledRoot())
            continue;
        m_settings.setArrayIndex(i++);
        m_settings.setValue(QStringLiteral("root"), entry.root);
        m_settings.setValue(QStringLiteral("title"), entry.title);
        m_settings.setValue(QStringLiteral("kind"), PackKinds::id(entry.kind));
        m_settings.setValue(QStringLiteral("pages"), entry.pageCount);
        m_settings.setValue(QStringLiteral("lastOpened"), entry.lastOpened);
    }
    m_settings.endArray();
    m_settings.sync();
}

void Library::refreshMissing()
{
    bool changed = false;
    for (LibraryEntry &entry : m_entries) {
        const bool missing = !entry.root.startsWith(u':') && !QFileInfo(entry.root).isDir();
        changed = changed || missing != entry.missing;
        entry.missing = missing;
    }
    if (changed)
        emit entriesChanged();
}

OpenPack *Library::pack(const QString &root) const
{
    for (const auto &open : m_open) {
        if (open->root() == root)
            return open.get();
    }
    return nullptr;
}

QVector<OpenPack *> Library::openPacks() const
{
    QVector<OpenPack *> packs;
    for (const auto &open : m_open)
        packs.push_back(open.get());
    return packs;
}

OpenPack *Library::open(const QString &path)
{
    const QString root = normalized(path);
    if (OpenPack *existing = pack(root))
        return existing;
    return add(root, std::make_unique<const Catalogue>(PackCache().open(root)));
}

OpenPack *Library::add(const QString &path, std::unique_ptr<const Catalogue> catalogue)
{
    const QString root = normalized(path);
    if (OpenPack *existing = pack(root))
        return existing;
    m_open.push_back(std::make_unique<OpenPack>(root, std::move(catalogue)));
    OpenPack *opened = m_open.back().get();
    remember(*opened);
    return opened;
}

void Library::openInBackground(const QString &path)
{
    const QString root = normalized(path);
    if (m_loading.contains(root))
        return;
    if (OpenPack *existing = pack(root)) {
        emit packLoaded(existing);
        return;
    }
    m_loading.push_back(root);
    auto *watcher = new QFutureWatcher<Catalogue>(this);
    connect(watcher, &QFutureWatcher<Catalogue>::finished, this, [this, watcher, root] {
        watcher->deleteLater();
        m_loading.removeAll(root);
        emit packLoaded(add(root, std::make_unique<const Catalogue>(watcher->future().takeResult())));
    });
    watcher->setFuture(QtConcurrent::run([root] { return PackCache().open(root); }));
}

bool Library::isLoading(const QString &root) const
{
    return m_loading.contains(normalized(root));
}

void Library::remember(const OpenPack &pack)
{
    int at = indexOf(pack.root());
    if (at < 0) {
        m_entries.push_back({pack.root(), {}, PackKind::Folder, 0, {}, false});
        at = int(m_entries.size()) - 1;
    }
    LibraryEntry &entry = m_entries[at];
    entry.title = pack.catalogue().title();
    entry.kind = pack.catalogue().kind();
    entry.pageCount = int(pack.catalogue().pages().size());
    entry.lastOpened = QDateTime::currentDateTimeUtc();
    entry.missing = !pack.root().startsWith(u':') && !QFileInfo(pack.root()).isDir();
    // The atlas is not stored: writing the settings at every start would only cost time.
    if (pack.root() != bundledRoot())
        save();
    emit entriesChanged();
}

void Library::close(const QString &root)
{
    if (root == bundledRoot())
        return; // the window always has the atlas to fall back on
    for (auto it = m_open.begin(); it != m_open.end(); ++it) {
        if ((*it)->root() == root) {
            emit packClosing(it->get());
            m_open.erase(it);
            return;
        }
    }
}

void Library::remove(const QString &root)
{
    const int at = indexOf(root);
    if (at < 0 || root == bundledRoot())
        return;
    close(root);
    m_entries.removeAt(at);
    save();
    emit entriesChanged();
}
