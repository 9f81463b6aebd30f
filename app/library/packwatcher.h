// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class Catalogue;
class QFileSystemWatcher;
class QTimer;

/// Watches a pack on disk for its author's edits: every folder (files added, removed, renamed,
/// and editors that save by replacing the file) and every page, include and configuration file
/// (edits in place). A burst of changes, as a save or a checkout makes, is reported once, after
/// a short quiet time.
class PackWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackWatcher)

public:
    static constexpr int QuietMs = 250;
    /// inotify watches are a per-user resource: a pack with more files is watched by folder only
    /// (added, removed and replaced files are still seen).
    static constexpr int MaxWatchedFiles = 20000;

    explicit PackWatcher(QObject *parent = nullptr);

    /// Watches what \a catalogue was read from, replacing what was watched before.
    void watch(const Catalogue &catalogue);
    QStringList watchedPaths() const;

signals:
    void changed();

private:
    QFileSystemWatcher *m_watcher;
    QTimer *m_quiet;
};
