// SPDX-License-Identifier: MIT
#pragma once

#include "navigation/location.h"

#include <QList>

class QMainWindow;
class QSettings;
class QSplitter;

/// What the window remembers between runs: geometry and state, splitter sizes (by object
/// name), the last page and the zoom.
class WindowSettings final
{
public:
    explicit WindowSettings(QSettings &settings) : m_settings(settings) {}

    void save(const QMainWindow &window, const QList<QSplitter *> &splitters, const Location &page, int zoom);
    /// Restores geometry, state and splitters; returns false when nothing was saved yet.
    bool restoreLayout(QMainWindow &window, const QList<QSplitter *> &splitters) const;
    Location lastPage() const;
    int zoom(int fallback) const;

private:
    QSettings &m_settings;
};
