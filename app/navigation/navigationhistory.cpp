// SPDX-License-Identifier: MIT
#include "navigationhistory.h"

#include <algorithm>

void NavigationHistory::visit(const Location &location)
{
    if (!location.isValid() || (m_index >= 0 && m_entries.at(m_index) == location))
        return;
    // Moving within the current page (to one of its sections) is one place, not two: Back
    // leaves the page rather than stepping through the sections read.
    if (m_index >= 0 && m_entries.at(m_index).pageId == location.pageId) {
        m_entries[m_index] = location;
        return;
    }
    m_entries.resize(m_index + 1);
    m_entries.push_back(location);
    if (m_entries.size() > MaxEntries)
        m_entries.removeFirst();
    m_index = int(m_entries.size()) - 1;
}

Location NavigationHistory::go(int steps)
{
    if (m_index >= 0)
        m_index = std::clamp(m_index + steps, 0, int(m_entries.size()) - 1);
    return current();
}

QVector<Location> NavigationHistory::backEntries() const
{
    QVector<Location> entries;
    for (int i = m_index - 1; i >= 0; --i)
        entries.push_back(m_entries.at(i));
    return entries;
}

QVector<Location> NavigationHistory::forwardEntries() const
{
    return m_index < 0 ? QVector<Location>() : m_entries.mid(m_index + 1);
}
