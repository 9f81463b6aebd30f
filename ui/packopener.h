// SPDX-License-Identifier: MIT
#pragma once

#include "navigation/location.h"

#include <QString>

class Library;
class MainWindow;

/// Shows a place in the window the way a bookmark or the history names it: the pack at
/// \a packRoot (the bundled atlas when empty or the bundled root), opened again if need be,
/// at \a location. False when the pack's folder is gone (the window says so).
bool openPlace(MainWindow &window, Library &library, const QString &packRoot, const Location &location);
