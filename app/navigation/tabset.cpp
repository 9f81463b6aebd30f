// SPDX-License-Identifier: MIT
#include "tabset.h"

#include <QSettings>

#include <algorithm>
#include <functional>

int TabSet::open(const QString &packRoot, const Location &location, int after, bool makeCurrent)
{
    Tab tab;
    tab.packRoot = packRoot;
    tab.history.visit(location);
    const int at = after < 0 || after >= count() ? count() : after + 1;
    m_tabs.insert(at, tab);
    if (m_current >= at)
        ++m_current;
    if (makeCurrent || m_current < 0)
        m_current = at;
    return at;
}

int TabSet::duplicate(int index)
{
    m_tabs.insert(index + 1, m_tabs.at(index));
    m_current = index + 1;
    return m_current;
}

void TabSet::close(int index)
{
    if (index < 0 || index >= count())
        return;
    m_closed.push_back({index, m_tabs.takeAt(index)});
    if (m_closed.size() > MaxClosed)
        m_closed.removeFirst();
    // The tab to the right takes its place, as in browsers; the last one, its left neighbour.
    if (m_current > index || m_current >= count())
        --m_current;
    if (m_tabs.isEmpty())
        m_current = -1;
}

void TabSet::closeOthers(int index)
{
    for (int i = count() - 1; i >= 0; --i) {
        if (i != index)
            close(i);
    }
    m_current = count() > 0 ? 0 : -1;
}

bool TabSet::reopenClosed()
{
    if (m_closed.isEmpty())
        return false;
    const Closed closed = m_closed.takeLast();
    const int at = std::clamp(closed.index, 0, count());
    m_tabs.insert(at, closed.tab);
    m_current = at;
    return true;
}

void TabSet::setCurrent(int index)
{
    if (index >= 0 && index < count())
        m_current = index;
}

int TabSet::neighbour(int steps) const
{
    if (m_tabs.isEmpty())
        return -1;
    return ((m_current + steps) % count() + count()) % count();
}

void TabSet::save(QSettings &settings) const
{
    settings.remove(QStringLiteral("tabs"));
    settings.beginWriteArray(QStringLiteral("tabs"), count());
    for (int i = 0; i < count(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("pack"), m_tabs.at(i).packRoot);
        settings.setValue(QStringLiteral("page"), m_tabs.at(i).history.current().toString());
        settings.setValue(QStringLiteral("zoom"), m_tabs.at(i).zoom);
    }
    settings.endArray();
    settings.setValue(QStringLiteral("currentTab"), m_current);
}

TabSet TabSet::restore(QSettings &settings, const std::function<bool(const QString &)> &usable)
{
    TabSet tabs;
    const int current = settings.value(QStringLiteral("currentTab"), 0).toInt();
    const int saved = settings.beginReadArray(QStringLiteral("tabs"));
    int restoredCurrent = -1;
    for (int i = 0; i < saved; ++i) {
        settings.setArrayIndex(i);
        const QString pack = settings.value(QStringLiteral("pack")).toString();
        const Location location = Location::fromString(settings.value(QStringLiteral("page")).toString());
        if (!location.isValid() || !usable(pack))
            continue;
        const int at = tabs.open(pack, location);
        tabs.tab(at).zoom = settings.value(QStringLiteral("zoom")).toInt();
        if (i <= current)
            restoredCurrent = at;
    }
    settings.endArray();
    tabs.setCurrent(std::max(restoredCurrent, 0));
    return tabs;
}
