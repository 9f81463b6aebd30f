"""The figure: the 24 categories as a 6 x 4 grid of labelled tiles, coloured
by theme, with a title, a legend and a credit line."""

from .categories import CATEGORIES, GROUP_COLOUR, GROUPS
from .pictograms import icon_elements
from .svg import WHITE, el, mix, num, svg_document, write
from .text import measured_width, text_path, wrap

INK = "#1F2328"        # main text colour
MUTED = "#59636E"      # secondary text colour

FIG_W, FIG_H = 1200, 800
COLS, ROWS = 6, 4
MARGIN_X = 24
GAP = 12
GRID_TOP = 150
GRID_BOTTOM = 752
TILE_W = (FIG_W - 2 * MARGIN_X - (COLS - 1) * GAP) / COLS
TILE_H = (GRID_BOTTOM - GRID_TOP - (ROWS - 1) * GAP) / ROWS
TILE_PAD = 8
ICON_SIZE = 44
LABEL_SIZE = 12.5
LABEL_LEADING = 16


def figure_body():
    body = []
    # Page background and frame.
    body.append(el("rect", x=0, y=0, width=FIG_W, height=FIG_H, rx=18, fill="#FBF8F5"))

    # Title and subtitle.
    body.extend(text_path("What Rust is used for", FIG_W / 2, 62, 34, INK,
                          weight="bold", anchor="middle"))
    body.extend(text_path("24 application areas, grouped by theme", FIG_W / 2, 90, 15,
                          MUTED, anchor="middle"))

    # Legend: swatch + label for each theme, centred on one row.
    legend_size = 13.5
    swatch, swatch_gap, item_gap = 16, 7, 30
    items = []
    for _key, label, colour in GROUPS:
        items.append((label, colour, swatch + swatch_gap + measured_width(label, legend_size)))
    total = sum(w for _l, _c, w in items) + item_gap * (len(items) - 1)
    x = (FIG_W - total) / 2
    legend_y = 116
    for label, colour, width in items:
        body.append(el("rect", x=x, y=legend_y, width=swatch, height=swatch, rx=4, fill=colour))
        body.extend(text_path(label, x + swatch + swatch_gap, legend_y + 12.8,
                              legend_size, INK))
        x += width + item_gap

    # Tiles.
    scale = ICON_SIZE / 48.0
    text_room = TILE_W - 2 * TILE_PAD
    for index, (slug, title, group) in enumerate(CATEGORIES):
        col, row = index % COLS, index // COLS
        x = MARGIN_X + col * (TILE_W + GAP)
        y = GRID_TOP + row * (TILE_H + GAP)
        colour = GROUP_COLOUR[group]
        # The ids let the window find each tile, its pictogram and its label: it draws
        # the labels itself, at a size that can be read, and makes the tiles clickable.
        body.append('<g id="tile-%s">' % slug)
        body.append("  " + el("rect", x=x, y=y, width=TILE_W, height=TILE_H, rx=12,
                              fill=mix(colour, WHITE, 0.92), stroke=mix(colour, WHITE, 0.55),
                              stroke_width=1.5))
        ix = x + (TILE_W - ICON_SIZE) / 2
        iy = y + 12
        body.append('  <g id="icon-%s" transform="translate(%s %s) scale(%s)">'
                    % (slug, num(float(ix)), num(float(iy)), num(scale)))
        body.extend("    " + item for item in icon_elements(slug, group))
        body.append("  </g>")
        lines = wrap(title, LABEL_SIZE, text_room)
        centre = iy + ICON_SIZE + (y + TILE_H - (iy + ICON_SIZE)) / 2 - 2
        first = centre - (len(lines) - 1) * LABEL_LEADING / 2 + LABEL_SIZE * 0.36
        body.append('  <g id="label-%s">' % slug)
        for n, line in enumerate(lines):
            body.extend("    " + item for item in
                        text_path(line, x + TILE_W / 2, first + n * LABEL_LEADING,
                                  LABEL_SIZE, INK, anchor="middle"))
        body.append("  </g>")
        body.append("</g>")

    # Credit line.
    body.extend(text_path("Drawn for Rust Atlas", FIG_W - MARGIN_X, FIG_H - 20, 12,
                          MUTED, anchor="end"))
    return body


def write_figure(path):
    """Write the figure to path; returns path."""
    desc = ("A grid of 24 tiles, one per Rust programming category, each with a "
            "pictogram and its title, coloured by theme: " +
            "; ".join("%s: %s" % (label, ", ".join(t for _s, t, g in CATEGORIES if g == key))
                      for key, label, _c in GROUPS) + ".")
    write(path, svg_document(FIG_W, FIG_H, figure_body(),
                             "What Rust is used for", desc))
    return path
