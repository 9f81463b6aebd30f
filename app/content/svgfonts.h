// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/// Font families in SVG files as Qt's SVG renderer can use them. QtSvg takes a font-family
/// list such as "Times,serif" (as Graphviz and many editors write it) for one family name,
/// finds no such font and falls back to the default sans-serif, whose wider letters then
/// overflow the boxes drawn around the text.
namespace SvgFonts {

/// @p svg with each font-family list replaced by its first family installed here, or by the
/// font that stands for its generic family (serif, sans-serif, monospace).
QByteArray resolved(const QByteArray &svg);

/// The SVG file at @p path, resolved(); empty when it cannot be read.
QByteArray load(const QString &path);

/// The family Qt draws for one CSS font-family list.
QString familyFor(const QString &list);

} // namespace SvgFonts
