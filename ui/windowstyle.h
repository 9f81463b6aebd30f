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
/// @p palette with the pairs the window relies on brought up to WCAG AA (4.5:1) where a
/// theme leaves them short: selection, links and placeholder text.
QPalette readable(QPalette palette);
bool isDark(const QPalette &palette);
QString pageStyleSheet(const QPalette &palette);
/// The background of code on a page: the base colour a little towards the text.
QColor codeBackground(const QPalette &palette);
/// The WCAG 2 contrast ratio of two opaque colours, from 1 (none) to 21 (black on white).
qreal contrast(const QColor &a, const QColor &b);
/// Search matches marked in a page: a background that text and links both read on (AA).
QColor searchMark(const QPalette &palette);
/// Find-in-page matches: the palette's highlight, faint enough for text and links to read on.
QColor findMark(const QPalette &palette);
} // namespace WindowStyle
