// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// QSettings guards its file with a lock file while it saves. A program killed in the middle
/// of a save leaves that lock behind; when it was killed before writing its name in the lock,
/// Qt waits 30 seconds before it calls the lock stale, so the next start would freeze on its
/// first save. Cleared before the settings are used, unless a running program holds it.
class StaleSettingsLock final
{
public:
    /// Removes the lock of \a settingsFile when no running program holds it; true when the
    /// lock is free afterwards.
    static bool clear(const QString &settingsFile);

    /// A lock older than this (no save takes so long) or whose owner is gone is stale.
    static constexpr int StaleAfterMs = 2000;
};
