// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QPalette>
#include <QString>

class QObject;

/// The bundled line icons (resources/icons/NAME.svg) drawn in the palette's button text
/// colour, so they stand out from the tool bar in light and dark palettes alike, and fainter
/// when disabled, so a disabled command looks it.
namespace LineIcon {
QIcon make(const QString &name, const QPalette &palette);
/// Gives @p target (a QAction or a button) the desktop theme's icon @p name, or else the
/// bundled one drawn for @p palette, which retint() redraws when the palette changes.
void apply(QObject *target, const QString &name, const QPalette &palette);
/// Redraws the bundled icons of @p root and the actions and buttons under it for @p palette.
void retint(QObject *root, const QPalette &palette);
/// The colours make() draws in: enabled, then disabled.
QColor enabledColour(const QPalette &palette);
QColor disabledColour(const QPalette &palette);
} // namespace LineIcon
