#!/usr/bin/env python3
"""Draw the original SVG artwork for Rust Atlas.

Standard library only.  Running it (re)writes:

* content/figures/rust-categories.svg -- the "What Rust is used for" figure:
  the 24 Rust programming categories as a 6 x 4 grid of labelled tiles,
  coloured by theme, with a legend and a credit line;
* content/icons/SLUG.svg -- one 48 x 48 pictogram per category, white
  foreground on a rounded square in the category's theme colour;
* resources/icons/rust-atlas.svg -- the 256 x 256 application icon.

All output is plain SVG 1.1 restricted to what Qt's QSvgRenderer (the SVG
Tiny 1.2 subset) draws: presentation attributes only (no <style>, no CSS
classes), no filters, masks, clip paths, scripts, external references or
raster images and no text elements: every line of text is drawn as its
glyph outlines (one <path> per line, its text kept in an XML comment), read
from the DejaVu Sans TrueType files, so rendering needs no font lookup or
text layout.  Needs /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf and
DejaVuSans-Bold.ttf (Debian package fonts-dejavu-core).

The drawing code is in the figurekit package next to this script.

Usage:  python3 content/figures/make-figure.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))           # content/figures
CONTENT = os.path.dirname(HERE)                              # content
ROOT = os.path.dirname(CONTENT)                              # repository root
FIGURE_PATH = os.path.join(HERE, "rust-categories.svg")
ICON_DIR = os.path.join(CONTENT, "icons")
APP_ICON_PATH = os.path.join(ROOT, "resources", "icons", "rust-atlas.svg")

sys.path.insert(0, HERE)
from figurekit.appicon import write_app_icon      # noqa: E402
from figurekit.figure import write_figure         # noqa: E402
from figurekit.pictograms import write_icons      # noqa: E402


def main():
    written = [write_figure(FIGURE_PATH)] + write_icons(ICON_DIR) + [write_app_icon(APP_ICON_PATH)]
    for path in written:
        print(os.path.relpath(path, ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
