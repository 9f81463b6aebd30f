// SPDX-License-Identifier: MIT
#pragma once

#include "location.h"

#include <QVector>

/// Back/forward history of a browser: visiting a new place drops the forward entries.
class NavigationHistory final
{
public:
    static constexpr int MaxEntries = 100;

    /// Records \a location as the current place; visiting the current place again does nothing,
    /// and a section of the current page replaces it rather than adding an entry.
    void visit(const Location &location);

    Location current() const { return m_index < 0 ? Location() : m_entries.at(m_index); }
    bool canGoBack() const { return m_index > 0; }
    bool canGoForward() const { return m_index + 1 < m_entries.size(); }

    /// Moves \a steps entries (negative: back) and returns the new current place;
    /// out-of-range steps are clamped.
    Location go(int steps);

    /// Entries behind the current one, nearest first (for the Back menu).
    QVector<Location> backEntries() const;
    /// Entries ahead of the current one, nearest first (for the Forward menu).
    QVector<Location> forwardEntries() const;

private:
    QVector<Location> m_entries;
    int m_index = -1;
};
