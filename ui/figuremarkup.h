// SPDX-License-Identifier: MIT
#pragma once

#include "figuretile.h"

#include <QByteArray>
#include <QColor>
#include <QStringList>
#include <QVector>

class QSvgRenderer;

/// How the atlas figure marks its tiles, so the window can make them live: a group
/// `tile-SLUG` holds the tile, its pictogram `icon-SLUG` and its label `label-SLUG`
/// (content/figures/make-figure.py writes them). Other SVG files simply have no tiles.
namespace FigureMarkup {

/// @p svg without the tiles' labels (the window draws them at a size that can be read);
/// @p tileSlugs receives the slugs of the tiles in document order. A file that is not
/// well-formed XML is returned as it is, with no tiles.
QByteArray withoutLabels(const QByteArray &svg, QStringList *tileSlugs);

/// @p svg on dark paper, for a dark palette: the figure's paper, ink and muted colours (as
/// make-figure.py writes them) turned dark and light; the tiles keep their light colours.
QByteArray onDarkPaper(const QByteArray &svg);
/// The figure's paper colour, light or dark.
QColor paper(bool dark);

/// Where each of @p slugs lies in @p renderer's drawing; slugs it lacks are skipped.
QVector<FigureTile> tiles(const QSvgRenderer &renderer, const QStringList &slugs);

} // namespace FigureMarkup
