// SPDX-License-Identifier: MIT
#pragma once

#include "navigation/location.h"

#include <QList>
#include <QSize>

class QMainWindow;
class QScreen;
class QSettings;
class QSplitter;

/// What the window remembers between runs: geometry and state, splitter sizes (by object
/// name), the last page and the zoom.
class WindowSettings final
{
public:
    explicit WindowSettings(QSettings &settings) : m_settings(settings) { }

    void save(const QMainWindow &window, const QList<QSplitter *> &splitters, const Location &page, int zoom);
    /// The window's size on a first start: 1400x880 when the screen has room, less when not.
    static QSize firstSize(const QScreen *screen);
    /// Restores geometry, state and splitters; when nothing was saved yet, gives the window its
    /// firstSize() and returns false.
    bool restoreLayout(QMainWindow &window, const QList<QSplitter *> &splitters) const;
    Location lastPage() const;
    int zoom(int fallback) const;

private:
    QSettings &m_settings;
};
