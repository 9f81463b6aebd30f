// SPDX-License-Identifier: MIT
#include "windowsettings.h"

#include <QScreen>

#include <QMainWindow>
#include <QSettings>
#include <QSplitter>

namespace {
QString splitterKey(const QSplitter *splitter)
{
    return QStringLiteral("window/splitters/") + splitter->objectName();
}
} // namespace

void WindowSettings::save(const QMainWindow &window, const QList<QSplitter *> &splitters, const Location &page, int zoom)
{
    m_settings.setValue(QStringLiteral("window/geometry"), window.saveGeometry());
    m_settings.setValue(QStringLiteral("window/state"), window.saveState());
    for (const QSplitter *splitter : splitters)
        m_settings.setValue(splitterKey(splitter), splitter->saveState());
    m_settings.setValue(QStringLiteral("page/last"), page.toString());
    m_settings.setValue(QStringLiteral("page/zoom"), zoom);
    m_settings.sync();
}

bool WindowSettings::restoreLayout(QMainWindow &window, const QList<QSplitter *> &splitters) const
{
    const QByteArray geometry = m_settings.value(QStringLiteral("window/geometry")).toByteArray();
    if (geometry.isEmpty() || !window.restoreGeometry(geometry)) {
        window.resize(firstSize(window.screen()));
        return false;
    }
    window.restoreState(m_settings.value(QStringLiteral("window/state")).toByteArray());
    for (QSplitter *splitter : splitters)
        splitter->restoreState(m_settings.value(splitterKey(splitter)).toByteArray());
    return true;
}

QSize WindowSettings::firstSize(const QScreen *screen)
{
    // Roomy where there is room, and never larger than the screen's free area (small laptops,
    // 2x scale), with a margin so the frame and its title bar stay on the screen.
    const QSize preferred(1400, 880);
    if (!screen)
        return preferred;
    return preferred.boundedTo(screen->availableGeometry().size() * 0.92);
}

Location WindowSettings::lastPage() const
{
    return Location::fromString(m_settings.value(QStringLiteral("page/last")).toString());
}

int WindowSettings::zoom(int fallback) const
{
    bool ok = false;
    const int value = m_settings.value(QStringLiteral("page/zoom")).toInt(&ok);
    return ok ? value : fallback;
}
