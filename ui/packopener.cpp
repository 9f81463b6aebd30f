// SPDX-License-Identifier: MIT
#include "packopener.h"

#include "library/library.h"
#include "mainwindow.h"

bool openPlace(MainWindow &window, Library &library, const QString &packRoot, const Location &location)
{
    if (packRoot.isEmpty() || packRoot == Library::bundledRoot())
        window.showPack(library.pack(Library::bundledRoot()));
    else if (!window.openPack(packRoot))
        return false;
    window.navigate(location);
    return true;
}
