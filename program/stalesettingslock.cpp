// SPDX-License-Identifier: MIT
#include "stalesettingslock.h"

#include <QFileInfo>
#include <QLockFile>
#include <QThread>

bool StaleSettingsLock::clear(const QString &settingsFile)
{
    // QSettings names its lock this way (qsettings.cpp, QConfFileSettingsPrivate::syncConfFile).
    const QString path = settingsFile + QStringLiteral(".lock");
    if (!QFileInfo::exists(path)) // the usual case, and the folder may not exist yet
        return true;
    QLockFile lock(path);
    lock.setStaleLockTime(StaleAfterMs);
    if (lock.tryLock(0)) { // free, or its owner is gone: Qt removed it
        lock.unlock();
        return true;
    }
    // A lock that names no owner was left by a program killed between creating the file and
    // writing its name in it; a live owner writes its name at once.
    qint64 pid = 0;
    QString host, application;
    if (lock.getLockInfo(&pid, &host, &application))
        return false; // held by a running program
    QThread::msleep(50);
    if (lock.getLockInfo(&pid, &host, &application) || !lock.removeStaleLockFile() || !lock.tryLock(0))
        return false;
    lock.unlock();
    return true;
}
