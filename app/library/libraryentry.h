// SPDX-License-Identifier: MIT
#pragma once

#include "pack/packkind.h"

#include <QDateTime>
#include <QString>

/// A pack the library remembers: enough to list it without opening it.
struct LibraryEntry
{
    QString root; ///< As opened: an absolute folder, or the bundled pack's resource path.
    QString title;
    PackKind kind = PackKind::Folder;
    int pageCount = 0;
    QDateTime lastOpened;
    bool missing = false; ///< The folder is gone (an unplugged drive); kept until removed.
};
