// SPDX-License-Identifier: MIT
#pragma once

#include "navigationhistory.h"

#include <QString>
#include <QVector>

#include <functional>

class QSettings;

/// The reader's tabs, as a browser keeps them: each shows a place in a pack and has its own
/// back and forward history and zoom; one is current. Closed tabs can be reopened, newest
/// first, and the set is saved and restored between runs. (The window's tab bar is built on
/// this; the set itself knows nothing of widgets.)
class TabSet final
{
public:
    static constexpr int MaxClosed = 20; ///< how many closed tabs can be reopened

    struct Tab
    {
        QString packRoot;
        NavigationHistory history;
        int zoom = 0; ///< the page's zoom in percent; 0 until the tab has been left once
        QString find; ///< what the find bar looked for in this tab; empty when it was closed
    };

    int count() const { return int(m_tabs.size()); }
    int current() const { return m_current; }
    Tab &tab(int index) { return m_tabs[index]; }
    const Tab &tab(int index) const { return m_tabs.at(index); }

    /// Opens \a location of \a packRoot in a new tab right after \a after (at the end when
    /// negative), makes it current when \a makeCurrent, and returns its index.
    int open(const QString &packRoot, const Location &location, int after = -1, bool makeCurrent = true);
    /// A copy of the tab at \a index, history and zoom included, right after it; made current.
    int duplicate(int index);
    /// Closes the tab at \a index; it can be reopened. The last tab may close too: the caller
    /// then opens a home tab.
    void close(int index);
    /// Closes every tab but the one at \a index.
    void closeOthers(int index);
    /// Opens the tab closed last again, where it was; false when there is none.
    bool reopenClosed();
    bool canReopen() const { return !m_closed.isEmpty(); }
    void setCurrent(int index);
    /// The tab \a steps away from the current one, wrapping around (Ctrl+Tab, Ctrl+Shift+Tab).
    int neighbour(int steps) const;

    /// Each tab's pack and current place, and which is current.
    void save(QSettings &settings) const;
    /// The tabs saved by save(), without those whose pack \a usable refuses (a folder gone).
    static TabSet restore(QSettings &settings, const std::function<bool(const QString &packRoot)> &usable);

private:
    struct Closed
    {
        int index;
        Tab tab;
    };

    QVector<Tab> m_tabs;
    QVector<Closed> m_closed;
    int m_current = -1;
};
