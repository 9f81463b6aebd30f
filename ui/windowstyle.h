// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>
#include <QString>

/// Colours shared by the window and the page: a dark palette for --dark, and the page
/// style sheet derived from whichever palette is active, so pages stay readable in both.
namespace WindowStyle {
/// \a from moved \a amount (0..1) of the way to \a to. Mixing into an opaque colour, rather than
/// painting with alpha, keeps text drawn on it readable in light and dark palettes.
QColor mix(const QColor &from, const QColor &to, qreal amount);
QPalette darkPalette();
bool isDark(const QPalette &palette);
QString pageStyleSheet(const QPalette &palette);
}
