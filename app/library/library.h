// SPDX-License-Identifier: MIT
#pragma once

#include "libraryentry.h"

#include <QObject>
#include <QVector>

#include <memory>

class Catalogue;
class OpenPack;
class QSettings;

/// The packs a reader keeps: the bundled atlas first, then every folder opened, remembered
/// between runs (title, kind, size, last opened) in \a settings. It owns the packs that are
/// open; the window only shows one of them. A remembered folder that has gone is kept, marked
/// missing, until the reader removes it: nothing is forgotten behind their back.
class Library final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Library)

public:
    explicit Library(QSettings &settings, QObject *parent = nullptr);
    ~Library() override;

    const QVector<LibraryEntry> &entries() const { return m_entries; }
    int indexOf(const QString &root) const;

    /// Loads the pack at \a root (or returns it when open already), remembers it and saves the
    /// list. A folder that cannot be read still opens, empty, with its problem.
    OpenPack *open(const QString &root);
    /// Reads the pack at \a root on a worker thread and adds it, then emits packLoaded(); the
    /// window stays usable meanwhile. Does nothing while that folder is being read already.
    void openInBackground(const QString &root);
    bool isLoading(const QString &root) const;
    /// Adds a pack loaded elsewhere (on a worker thread at start-up).
    OpenPack *add(const QString &root, std::unique_ptr<const Catalogue> catalogue);
    OpenPack *pack(const QString &root) const;
    QVector<OpenPack *> openPacks() const;
    /// Frees the pack's content; it stays in the list.
    void close(const QString &root);
    /// Forgets the pack; the bundled atlas cannot be removed.
    void remove(const QString &root);
    /// Rechecks which remembered folders exist.
    void refreshMissing();

    static QString bundledRoot();
    /// \a path made absolute and clean, the form the library keys packs by.
    static QString normalized(const QString &path);

signals:
    void entriesChanged();
    void packLoaded(OpenPack *pack);
    void packClosing(OpenPack *pack);

private:
    void load();
    void save() const;
    void remember(const OpenPack &pack);

    QSettings &m_settings;
    QVector<LibraryEntry> m_entries;
    std::vector<std::unique_ptr<OpenPack>> m_open;
    QStringList m_loading;
};
