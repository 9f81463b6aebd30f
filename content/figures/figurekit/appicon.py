"""The application icon: a globe (the atlas) inside a gear-toothed ring."""

import math

from .svg import el, gear_points, pts, svg_document, write


def app_icon_body():
    c = 128
    dark, deep = "#7E2B07", "#5A1E04"
    cream = "#FFF3E8"
    body = [
        "<defs>",
        '  <linearGradient id="ring" x1="0" y1="0" x2="0" y2="1">',
        '    <stop offset="0" stop-color="#D0581C"/>',
        '    <stop offset="1" stop-color="#8A300A"/>',
        "  </linearGradient>",
        '  <linearGradient id="globe" x1="0" y1="0" x2="1" y2="1">',
        '    <stop offset="0" stop-color="#E9793C"/>',
        '    <stop offset="1" stop-color="#A93C0D"/>',
        "  </linearGradient>",
        "</defs>",
        # Gear-toothed ring with a cream inlay.
        el("polygon", points=gear_points(c, c, 103, 122, 20, tip_frac=0.44, root_frac=0.62),
           fill="url(#ring)", stroke=dark, stroke_width=2, stroke_linejoin="round"),
        el("circle", cx=c, cy=c, r=91, fill=cream),
        # Globe.
        el("circle", cx=c, cy=c, r=80, fill="url(#globe)"),
    ]
    # Graticule: meridians and parallels in translucent cream.
    grid = dict(fill="none", stroke=cream, stroke_width=4.5, stroke_opacity=0.6)
    body += [
        el("ellipse", cx=c, cy=c, rx=36, ry=80, **grid),
        el("line", x1=c, y1=c - 80, x2=c, y2=c + 80, **grid),
        el("line", x1=c - 80, y1=c, x2=c + 80, y2=c, **grid),
        el("path", d="M%s %s Q%s %s %s %s" % (c - 69, c - 40, c, c - 22, c + 69, c - 40), **grid),
        el("path", d="M%s %s Q%s %s %s %s" % (c - 69, c + 40, c, c + 22, c + 69, c + 40), **grid),
        el("circle", cx=c, cy=c, r=80, fill="none", stroke=dark, stroke_width=4),
    ]
    # Compass needle across the globe, pointing north-east: the atlas motif.
    angle = math.radians(-45)
    ux, uy = math.cos(angle), math.sin(angle)
    px, py = -uy, ux
    tip, half = 64, 17
    base = pts(c + px * half, c + py * half, c - px * half, c - py * half)
    north = "%s %s" % (pts(c + ux * tip, c + uy * tip), base)
    south = "%s %s" % (pts(c - ux * tip, c - uy * tip), base)
    body += [
        el("polygon", points=south, fill=deep, stroke=deep, stroke_width=4,
           stroke_linejoin="round"),
        el("polygon", points=north, fill=cream, stroke=deep, stroke_width=4,
           stroke_linejoin="round"),
        el("circle", cx=c, cy=c, r=9, fill=deep),
        el("circle", cx=c, cy=c, r=4, fill=cream),
    ]
    return body


def write_app_icon(path):
    """Write the 256 x 256 application icon to path; returns path."""
    write(path, svg_document(256, 256, app_icon_body(), "Rust Atlas"))
    return path
