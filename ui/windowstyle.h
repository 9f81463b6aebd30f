// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>

/// Colours shared by the window and the page: a dark palette for --dark, and the page
/// style sheet derived from whichever palette is active, so pages stay readable in both.
namespace WindowStyle {
QPalette darkPalette();
bool isDark(const QPalette &palette);
QString pageStyleSheet(const QPalette &palette);
}
