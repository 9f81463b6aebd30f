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

Usage:  python3 content/figures/make-figure.py
"""

import itertools
import math
import os
import struct
import sys
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))           # content/figures
CONTENT = os.path.dirname(HERE)                              # content
ROOT = os.path.dirname(CONTENT)                              # repository root
FIGURE_PATH = os.path.join(HERE, "rust-categories.svg")
ICON_DIR = os.path.join(CONTENT, "icons")
APP_ICON_PATH = os.path.join(ROOT, "resources", "icons", "rust-atlas.svg")

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT_FILES = {"normal": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf"}
WHITE = "#FFFFFF"
INK = "#1F2328"        # main text colour
MUTED = "#59636E"      # secondary text colour

# Conservative text-width estimate: every character counts as 0.6 em.
EM_PER_CHAR = 0.6

# Advance widths of DejaVu Sans (Book) for ASCII 32..126, in 1/1000 em, read
# from the font's hmtx table.  Used to space the legend evenly and as a second
# check (with 5 % slack) that tile labels fit.
DEJAVU_SANS_ADVANCE = [
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361, 318, 337,
    636, 636, 636, 636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531,
    1000, 684, 686, 698, 770, 632, 575, 775, 752, 295, 295, 656, 557, 863, 748, 787,
    603, 787, 695, 635, 611, 732, 684, 989, 685, 611, 685, 390, 337, 390, 838, 500,
    500, 613, 635, 550, 635, 615, 352, 635, 634, 278, 278, 579, 278, 974, 634, 612,
    635, 635, 411, 521, 392, 634, 592, 818, 592, 592, 525, 636, 337, 636, 838,
]

# --------------------------------------------------------------------------
# Data: themes (colour groups) and the 24 categories
# --------------------------------------------------------------------------

# key -> (legend label, colour).  Every colour keeps white text/pictograms
# at a contrast ratio of at least 4.5:1.
GROUPS = [
    ("systems", "Systems & embedded", "#B7410E"),
    ("cloud", "Cloud & servers", "#1F5FA6"),
    ("web", "Web", "#2B7A3D"),
    ("data", "Data & science", "#6B3FA0"),
    ("apps", "Apps & media", "#A3325F"),
    ("tooling", "Tooling & security", "#4A5563"),
]
GROUP_COLOUR = {key: colour for key, _label, colour in GROUPS}

# (slug, title, group) in figure order: grouped by theme, read row by row.
CATEGORIES = [
    ("embedded-bare-metal", "Embedded devices (bare metal)", "systems"),
    ("embedded-with-os", "Embedded devices (with operating systems)", "systems"),
    ("iot", "IoT (Internet of Things)", "systems"),
    ("robotics", "Robotics", "systems"),
    ("backend", 'Server-side or "backend" application', "cloud"),
    ("cloud-applications", "Cloud computing applications", "cloud"),
    ("cloud-infrastructure", "Cloud computing infrastructure or utilities", "cloud"),
    ("distributed-systems", "Distributed systems", "cloud"),
    ("networking", "Computer networking", "cloud"),
    ("web-frontend", "Web application frontend", "web"),
    ("webassembly", "WebAssembly", "web"),
    ("data-science", "Data science", "data"),
    ("machine-learning", "Machine learning", "data"),
    ("scientific-computing", "Scientific and/or numeric computing", "data"),
    ("hpc", "HPC (High-performance [Super]Computing)", "data"),
    ("simulation", "Simulation", "data"),
    ("desktop-frontend", "Desktop computer application frontend", "apps"),
    ("mobile-frontend", "Mobile phone application frontend", "apps"),
    ("desktop-mobile-libraries", "Desktop computer or mobile phone libraries or services", "apps"),
    ("computer-graphics", "Computer graphics", "apps"),
    ("audio", "Audio programming", "apps"),
    ("programming-languages", "Programming languages and related tools (including compilers, IDEs, standard libraries, etc.)", "tooling"),
    ("security", "Computer security", "tooling"),
    ("blockchain", "Blockchain", "tooling"),
]

# --------------------------------------------------------------------------
# Small SVG helpers
# --------------------------------------------------------------------------


def num(value):
    """Format a number compactly (at most two decimals)."""
    if isinstance(value, float):
        text = ("%.2f" % value).rstrip("0").rstrip(".")
        return "0" if text in ("-0", "") else text
    return str(value)


def el(tag, text=None, **attrs):
    """One SVG element; attribute names use '_' for '-' (stroke_width)."""
    parts = ["<" + tag]
    for name, value in attrs.items():
        if value is None:
            continue
        name = name.rstrip("_").replace("_", "-")
        if isinstance(value, (int, float)):
            value = num(value)
        parts.append(" %s=%s" % (name, quoteattr(str(value))))
    if text is None:
        return "".join(parts) + "/>"
    return "".join(parts) + ">" + escape(text) + "</" + tag + ">"


def pts(*coords):
    """'x1,y1 x2,y2 ...' from a flat list of numbers."""
    pairs = zip(coords[0::2], coords[1::2])
    return " ".join("%s,%s" % (num(float(x)), num(float(y))) for x, y in pairs)


def mix(colour, other, t):
    """Blend two #RRGGBB colours: t=0 gives colour, t=1 gives other."""
    a = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join("%02X" % round(x + (y - x) * t) for x, y in zip(a, b))


def svg_document(width, height, body, title, desc=None):
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<svg xmlns="http://www.w3.org/2000/svg" version="1.1" '
        'width="%s" height="%s" viewBox="0 0 %s %s">'
        % (num(width), num(height), num(width), num(height)),
        "  " + el("title", title),
    ]
    if desc:
        head.append("  " + el("desc", desc))
    lines = head + ["  " + line for line in body] + ["</svg>", ""]
    return "\n".join(lines)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def gear_points(cx, cy, r_root, r_tip, teeth, tip_frac=0.42, root_frac=0.6):
    """Polygon points for a gear outline with trapezoidal teeth."""
    coords = []
    step = 2 * math.pi / teeth
    for i in range(teeth):
        mid = i * step - math.pi / 2
        for angle, radius in (
            (mid - step * root_frac / 2, r_root),
            (mid - step * tip_frac / 2, r_tip),
            (mid + step * tip_frac / 2, r_tip),
            (mid + step * root_frac / 2, r_root),
        ):
            coords += [cx + radius * math.cos(angle), cy + radius * math.sin(angle)]
    return pts(*coords)


# --------------------------------------------------------------------------
# Pictograms, all drawn in a 48 x 48 box.  Each function gets the background
# colour (for cut-outs) and returns a list of SVG elements; the foreground is
# white.  The rounded-square background is added by icon_elements().
# --------------------------------------------------------------------------

W = WHITE
LINE = dict(fill="none", stroke=W, stroke_linecap="round", stroke_linejoin="round")


def stroke(width, colour=W):
    return dict(fill="none", stroke=colour, stroke_width=width,
                stroke_linecap="round", stroke_linejoin="round")


def cloud(dx=0.0, dy=0.0):
    """A solid white cloud, about 33 x 24, bottom edge at y = 35 + dy."""
    return [
        el("circle", cx=16 + dx, cy=28 + dy, r=7, fill=W),
        el("circle", cx=25 + dx, cy=21 + dy, r=10, fill=W),
        el("circle", cx=34 + dx, cy=27.5 + dy, r=7.5, fill=W),
        el("rect", x=16 + dx, y=26 + dy, width=18, height=9, fill=W),
    ]


def chip(body, bg, pins=3):
    """A chip: white body square (x, y, size) with pins on all four sides."""
    x, y, size = body
    out = []
    gap = size / (pins + 1)
    for i in range(1, pins + 1):
        p = x + gap * i
        q = y + gap * i
        out += [
            el("line", x1=p, y1=y - 5, x2=p, y2=y, **stroke(2.4)),
            el("line", x1=p, y1=y + size, x2=p, y2=y + size + 5, **stroke(2.4)),
            el("line", x1=x - 5, y1=q, x2=x, y2=q, **stroke(2.4)),
            el("line", x1=x + size, y1=q, x2=x + size + 5, y2=q, **stroke(2.4)),
        ]
    out.append(el("rect", x=x, y=y, width=size, height=size, rx=3, fill=W))
    return out


def icon_audio(bg):
    heights = [6, 14, 24, 16, 26, 12, 18, 6]
    out = []
    for i, h in enumerate(heights):
        x = 10 + i * 4
        out.append(el("line", x1=x, y1=24 - h / 2, x2=x, y2=24 + h / 2, **stroke(2.6)))
    return out


def icon_blockchain(bg):
    out = [
        el("line", x1=14, y1=15, x2=34, y2=15, **stroke(2.6)),
        el("line", x1=14, y1=15, x2=24, y2=33, **stroke(2.6)),
        el("line", x1=34, y1=15, x2=24, y2=33, **stroke(2.6)),
    ]
    for x, y in ((8, 9), (28, 9), (18, 27)):
        out.append(el("rect", x=x, y=y, width=12, height=12, rx=2, fill=W))
        out.append(el("rect", x=x + 3, y=y + 3, width=6, height=6, rx=1, fill=bg))
    return out


def icon_cloud_applications(bg):
    out = cloud(dy=-1)
    for x, y in ((19, 23), (26, 23), (19, 29), (26, 29)):
        out.append(el("rect", x=x, y=y - 1, width=5, height=5, rx=1, fill=bg))
    return out


def icon_cloud_infrastructure(bg):
    out = cloud(dy=-1)
    out.append(el("polygon", points=gear_points(25, 26, 5.2, 7.4, 8), fill=bg))
    out.append(el("circle", cx=25, cy=26, r=2.4, fill=W))
    return out


def icon_computer_graphics(bg):
    a, b, c = (24, 9.5), (40, 38), (8, 38)
    ab = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
    bc = ((b[0] + c[0]) / 2, (b[1] + c[1]) / 2)
    ca = ((c[0] + a[0]) / 2, (c[1] + a[1]) / 2)
    out = [
        el("polygon", points=pts(*a, *b, *c), **stroke(2.4)),
        el("polygon", points=pts(*ab, *bc, *ca), **stroke(2)),
        el("polygon", points=pts(*a, *ab, *ca), fill=W, fill_opacity=0.45),
    ]
    for x, y in (a, b, c, ab, bc, ca):
        out.append(el("circle", cx=x, cy=y, r=2.6, fill=W))
    return out


def icon_data_science(bg):
    out = [el("polyline", points=pts(9, 9, 9, 39, 39, 39), **stroke(2.4))]
    for i, h in enumerate((9, 15, 12, 22)):
        x = 14 + i * 6.5
        out.append(el("rect", x=x, y=35 - h, width=4.5, height=h, rx=1, fill=W))
    out.append(el("polyline", points=pts(15.5, 20, 22, 14, 28.5, 17, 36, 8), **stroke(1.8)))
    return out


def icon_desktop_frontend(bg):
    return [
        el("rect", x=7, y=9, width=34, height=23, rx=3, **stroke(2.4)),
        el("line", x1=24, y1=32, x2=24, y2=38, **stroke(2.6)),
        el("line", x1=16, y1=39, x2=32, y2=39, **stroke(2.6)),
        el("rect", x=11, y=13, width=26, height=15, rx=1.5, fill=W, fill_opacity=0.35),
        el("rect", x=11, y=13, width=26, height=4, rx=1.5, fill=W),
        el("rect", x=13, y=20, width=7, height=6, rx=1, fill=W),
    ]


def icon_desktop_mobile_libraries(bg):
    return [
        # phone
        el("rect", x=8, y=9, width=15, height=29, rx=3, **stroke(2.4)),
        el("line", x1=13.5, y1=34, x2=17.5, y2=34, **stroke(2)),
        el("rect", x=11.5, y=13, width=8, height=17, rx=1, fill=W, fill_opacity=0.45),
        # library: three books, one leaning
        el("rect", x=26, y=15, width=4.5, height=23, rx=1, fill=W),
        el("rect", x=32, y=12, width=4.5, height=26, rx=1, fill=W),
        el("rect", x=37, y=14, width=4.5, height=24, rx=1, fill=W,
           transform="rotate(14 39.25 38)"),
        el("line", x1=27, y1=20, x2=29.5, y2=20, stroke=bg, stroke_width=1.4),
        el("line", x1=33, y1=17, x2=35.5, y2=17, stroke=bg, stroke_width=1.4),
    ]


def icon_distributed_systems(bg):
    nodes = [(24, 24), (11, 12), (37, 12), (11, 36), (37, 36)]
    out = []
    for a, b in ((0, 1), (0, 2), (0, 3), (0, 4), (1, 2), (3, 4), (1, 3), (2, 4)):
        (x1, y1), (x2, y2) = nodes[a], nodes[b]
        out.append(el("line", x1=x1, y1=y1, x2=x2, y2=y2, **stroke(2)))
    for i, (x, y) in enumerate(nodes):
        out.append(el("circle", cx=x, cy=y, r=5.5 if i == 0 else 4.5, fill=W))
    out.append(el("circle", cx=24, cy=24, r=2.2, fill=bg))
    return out


def icon_embedded_bare_metal(bg):
    out = chip((14, 14, 20), bg)
    out.append(el("rect", x=19, y=19, width=10, height=10, rx=1.5, fill=bg))
    out.append(el("circle", cx=17.5, cy=17.5, r=1.3, fill=bg))
    return out


def icon_embedded_with_os(bg):
    out = chip((12, 12, 24), bg)
    out += [
        el("rect", x=16, y=17, width=16, height=14, rx=1.5, fill=bg),
        el("rect", x=18, y=21, width=12, height=8, fill=W),
        el("circle", cx=18.3, cy=19, r=0.9, fill=W),
        el("circle", cx=21, cy=19, r=0.9, fill=W),
    ]
    return out


def icon_hpc(bg):
    out = []
    for x in (8, 19, 30):
        out.append(el("rect", x=x, y=8, width=10, height=32, rx=2, fill=W))
        for y in (12, 17, 22, 27):
            out.append(el("line", x1=x + 2.5, y1=y, x2=x + 7.5, y2=y,
                          stroke=bg, stroke_width=1.8, stroke_linecap="round"))
        out.append(el("circle", cx=x + 5, cy=34, r=1.6, fill=bg))
    return out


def icon_iot(bg):
    return [
        el("path", d="M15 23 A12.7 12.7 0 0 1 33 23", **stroke(2.6)),
        el("path", d="M10 17.5 A20.5 20.5 0 0 1 38 17.5", **stroke(2.6)),
        el("path", d="M19.8 28.2 A6 6 0 0 1 28.2 28.2", **stroke(2.6)),
        el("circle", cx=24, cy=33, r=5, fill=W),
        el("line", x1=24, y1=38, x2=24, y2=41, **stroke(2.4)),
        el("circle", cx=24, cy=33, r=2, fill=bg),
    ]


def icon_machine_learning(bg):
    layers = [
        [(11, 13), (11, 24), (11, 35)],
        [(24, 9), (24, 19), (24, 29), (24, 39)],
        [(37, 18), (37, 30)],
    ]
    out = []
    for left, right in zip(layers, layers[1:]):
        for x1, y1 in left:
            for x2, y2 in right:
                out.append(el("line", x1=x1, y1=y1, x2=x2, y2=y2,
                              stroke=W, stroke_width=1.3, stroke_opacity=0.75))
    for layer in layers:
        for x, y in layer:
            out.append(el("circle", cx=x, cy=y, r=3.4, fill=W))
    return out


def icon_mobile_frontend(bg):
    return [
        el("rect", x=15, y=6, width=18, height=36, rx=4, **stroke(2.4)),
        el("line", x1=21.5, y1=10.5, x2=26.5, y2=10.5, **stroke(1.8)),
        el("rect", x=18.5, y=14, width=11, height=4, rx=1, fill=W),
        el("rect", x=18.5, y=20, width=5, height=5, rx=1, fill=W, fill_opacity=0.7),
        el("rect", x=24.5, y=20, width=5, height=5, rx=1, fill=W, fill_opacity=0.7),
        el("rect", x=18.5, y=27, width=11, height=5, rx=1, fill=W, fill_opacity=0.45),
        el("line", x1=21, y1=37.5, x2=27, y2=37.5, **stroke(1.8)),
    ]


def icon_networking(bg):
    return [
        el("circle", cx=24, cy=24, r=15, **stroke(2.4)),
        el("ellipse", cx=24, cy=24, rx=6.5, ry=15, **stroke(2)),
        el("line", x1=9, y1=24, x2=39, y2=24, **stroke(2)),
        el("path", d="M11.5 16 Q24 20 36.5 16", **stroke(1.8)),
        el("path", d="M11.5 32 Q24 28 36.5 32", **stroke(1.8)),
    ]


def icon_programming_languages(bg):
    return [
        el("polyline", points=pts(16, 14, 7, 24, 16, 34), **stroke(3.2)),
        el("polyline", points=pts(32, 14, 41, 24, 32, 34), **stroke(3.2)),
        el("line", x1=27.5, y1=11, x2=20.5, y2=37, **stroke(3.2)),
    ]


def icon_robotics(bg):
    return [
        el("line", x1=24, y1=8.5, x2=24, y2=14, **stroke(2.4)),
        el("circle", cx=24, cy=8, r=2.8, fill=W),
        el("rect", x=11, y=14, width=26, height=21, rx=5, fill=W),
        el("rect", x=6.5, y=20, width=4.5, height=9, rx=1.5, fill=W),
        el("rect", x=37, y=20, width=4.5, height=9, rx=1.5, fill=W),
        el("circle", cx=18.5, cy=22.5, r=3.2, fill=bg),
        el("circle", cx=29.5, cy=22.5, r=3.2, fill=bg),
        el("rect", x=17, y=29, width=14, height=2.6, rx=1.3, fill=bg),
        el("rect", x=15, y=37, width=18, height=4, rx=2, fill=W),
    ]


def icon_security(bg):
    return [
        el("path", d="M24 6 L38 11 V22 C38 31 32 37.5 24 42 C16 37.5 10 31 10 22 V11 Z",
           fill=W),
        el("circle", cx=24, cy=21, r=4.2, fill=bg),
        el("polygon", points=pts(22, 23, 26, 23, 27.5, 32, 20.5, 32), fill=bg),
    ]


def icon_scientific_computing(bg):
    return [
        el("polyline", points=pts(35, 13, 35, 9, 12, 9, 25, 24, 12, 39, 35, 39, 35, 35),
           **stroke(3.2)),
    ]


def icon_backend(bg):
    out = []
    for y in (8, 19.5, 31):
        out.append(el("rect", x=9, y=y, width=30, height=9.5, rx=2.5, fill=W))
        out.append(el("circle", cx=14, cy=y + 4.75, r=1.7, fill=bg))
        out.append(el("line", x1=22, y1=y + 4.75, x2=34, y2=y + 4.75,
                      stroke=bg, stroke_width=1.8, stroke_linecap="round"))
    return out


def icon_simulation(bg):
    return [
        el("ellipse", cx=24, cy=24, rx=16, ry=6.5, transform="rotate(30 24 24)", **stroke(2)),
        el("ellipse", cx=24, cy=24, rx=16, ry=6.5, transform="rotate(-30 24 24)", **stroke(2)),
        el("ellipse", cx=24, cy=24, rx=16, ry=6.5, transform="rotate(90 24 24)", **stroke(2)),
        el("circle", cx=24, cy=24, r=4, fill=W),
        el("circle", cx=37.86, cy=32, r=2.8, fill=W),
        el("circle", cx=10.14, cy=32, r=2.8, fill=W),
        el("circle", cx=24, cy=8, r=2.8, fill=W),
    ]


def icon_web_frontend(bg):
    return [
        el("rect", x=6, y=9, width=36, height=30, rx=3.5, **stroke(2.4)),
        el("line", x1=6, y1=17, x2=42, y2=17, **stroke(2.2)),
        el("circle", cx=10.5, cy=13, r=1.4, fill=W),
        el("circle", cx=14.5, cy=13, r=1.4, fill=W),
        el("rect", x=18.5, y=11.3, width=19.5, height=3.4, rx=1.7, fill=W, fill_opacity=0.55),
        el("rect", x=10, y=21, width=28, height=6, rx=1.2, fill=W),
        el("rect", x=10, y=29.5, width=12.5, height=6, rx=1.2, fill=W, fill_opacity=0.55),
        el("rect", x=25.5, y=29.5, width=12.5, height=6, rx=1.2, fill=W, fill_opacity=0.55),
    ]


def icon_webassembly(bg):
    return [
        el("rect", x=7, y=7, width=34, height=34, rx=4, fill=W),
        el("polyline", points=pts(10.5, 16.5, 14, 32.5, 17.75, 21.5, 21.5, 32.5, 25, 16.5),
           **stroke(2.8, bg)),
        el("polyline", points=pts(26, 32.5, 31.75, 16.5, 37.5, 32.5), **stroke(2.8, bg)),
        el("line", x1=28.4, y1=27, x2=35.1, y2=27, **stroke(2.6, bg)),
    ]


PICTOGRAMS = {
    "audio": icon_audio,
    "blockchain": icon_blockchain,
    "cloud-applications": icon_cloud_applications,
    "cloud-infrastructure": icon_cloud_infrastructure,
    "computer-graphics": icon_computer_graphics,
    "data-science": icon_data_science,
    "desktop-frontend": icon_desktop_frontend,
    "desktop-mobile-libraries": icon_desktop_mobile_libraries,
    "distributed-systems": icon_distributed_systems,
    "embedded-bare-metal": icon_embedded_bare_metal,
    "embedded-with-os": icon_embedded_with_os,
    "hpc": icon_hpc,
    "iot": icon_iot,
    "machine-learning": icon_machine_learning,
    "mobile-frontend": icon_mobile_frontend,
    "networking": icon_networking,
    "programming-languages": icon_programming_languages,
    "robotics": icon_robotics,
    "security": icon_security,
    "scientific-computing": icon_scientific_computing,
    "backend": icon_backend,
    "simulation": icon_simulation,
    "web-frontend": icon_web_frontend,
    "webassembly": icon_webassembly,
}


def icon_elements(slug, group):
    """Background square plus pictogram, in the 48 x 48 coordinate system."""
    bg = GROUP_COLOUR[group]
    return [el("rect", x=0, y=0, width=48, height=48, rx=10, fill=bg)] + PICTOGRAMS[slug](bg)


def write_icons():
    written = []
    for slug, title, group in CATEGORIES:
        body = icon_elements(slug, group)
        path = os.path.join(ICON_DIR, slug + ".svg")
        write(path, svg_document(48, 48, body, title))
        written.append(path)
    return written


# --------------------------------------------------------------------------
# Text as outlines: a minimal TrueType reader (cmap format 4, hmtx, glyf)
# --------------------------------------------------------------------------


class TrueTypeFont:
    """Just enough of a TrueType font to draw BMP text as quadratic outlines.

    Contours are lists of (x, y, on_curve) in font units, y pointing up.
    Kerning and hinting are ignored.
    """

    def __init__(self, path):
        with open(path, "rb") as handle:
            self.data = data = handle.read()
        self.path = path
        count = struct.unpack_from(">H", data, 4)[0]
        self.tables = {}
        for i in range(count):
            tag, _sum, offset, _length = struct.unpack_from(">4sIII", data, 12 + 16 * i)
            self.tables[tag.decode("latin-1")] = offset
        for tag in ("head", "hhea", "hmtx", "cmap", "loca", "glyf"):
            if tag not in self.tables:
                raise ValueError("%s: no %r table (not a TrueType-outline font)" % (path, tag))
        head = self.tables["head"]
        self.units_per_em = self._u16(head + 18)
        self.long_loca = struct.unpack_from(">h", data, head + 50)[0] == 1
        self.hmetrics = self._u16(self.tables["hhea"] + 34)
        self.cmap = self._find_cmap()

    def _u16(self, pos):
        return struct.unpack_from(">H", self.data, pos)[0]

    def _find_cmap(self):
        """Offset of the Unicode BMP subtable (format 4) of the cmap table."""
        cmap = self.tables["cmap"]
        for i in range(self._u16(cmap + 2)):
            platform, encoding, offset = struct.unpack_from(">HHI", self.data, cmap + 4 + 8 * i)
            if (platform, encoding) in ((3, 1), (0, 3)) and self._u16(cmap + offset) == 4:
                return cmap + offset
        raise ValueError("%s: no Unicode BMP (format 4) cmap subtable" % self.path)

    def glyph_index(self, char):
        code = ord(char)
        segments = self._u16(self.cmap + 6) // 2
        ends = self.cmap + 14
        starts = ends + 2 * segments + 2
        deltas = starts + 2 * segments
        ranges = deltas + 2 * segments
        for i in range(segments):
            if code > self._u16(ends + 2 * i):
                continue
            start = self._u16(starts + 2 * i)
            if code < start:
                return 0
            delta, range_offset = self._u16(deltas + 2 * i), self._u16(ranges + 2 * i)
            if range_offset == 0:
                return (code + delta) & 0xFFFF
            glyph = self._u16(ranges + 2 * i + range_offset + 2 * (code - start))
            return (glyph + delta) & 0xFFFF if glyph else 0
        return 0

    def advance(self, glyph):
        """Advance width in font units (hmtx)."""
        return self._u16(self.tables["hmtx"] + 4 * min(glyph, self.hmetrics - 1))

    def contours(self, glyph):
        loca = self.tables["loca"]
        if self.long_loca:
            start, end = struct.unpack_from(">II", self.data, loca + 4 * glyph)
        else:
            start, end = (2 * n for n in struct.unpack_from(">HH", self.data, loca + 2 * glyph))
        if start == end:                        # no outline (space)
            return []
        pos = self.tables["glyf"] + start
        count = struct.unpack_from(">h", self.data, pos)[0]
        return self._simple(pos + 10, count) if count >= 0 else self._composite(pos + 10)

    def _simple(self, pos, count):
        data = self.data
        ends = struct.unpack_from(">%dH" % count, data, pos)
        total = ends[-1] + 1 if count else 0
        pos += 2 * count
        pos += 2 + self._u16(pos)               # skip the hinting instructions
        flags = []
        while len(flags) < total:
            flag = data[pos]
            pos += 1
            flags.append(flag)
            if flag & 0x08:                     # REPEAT_FLAG
                flags.extend([flag] * data[pos])
                pos += 1
        xs, pos = self._coordinates(flags, pos, 0x02, 0x10)
        ys, pos = self._coordinates(flags, pos, 0x04, 0x20)
        points = [(x, y, flag & 0x01) for x, y, flag in zip(xs, ys, flags)]
        contours, first = [], 0
        for last in ends:
            contours.append(points[first:last + 1])
            first = last + 1
        return contours

    def _coordinates(self, flags, pos, short, same):
        """Decode one coordinate array (delta-encoded) of a simple glyph."""
        value, out = 0, []
        for flag in flags:
            if flag & short:                    # one unsigned byte, sign in `same`
                value += self.data[pos] if flag & same else -self.data[pos]
                pos += 1
            elif not flag & same:               # a signed 16-bit delta
                value += struct.unpack_from(">h", self.data, pos)[0]
                pos += 2
            out.append(value)
        return out, pos

    def _composite(self, pos):
        contours = []
        while True:
            flags, glyph = struct.unpack_from(">HH", self.data, pos)
            pos += 4
            if not flags & 0x0002:              # ARGS_ARE_XY_VALUES
                raise ValueError("%s: glyph %d: anchor-point components are not supported"
                                 % (self.path, glyph))
            fmt = ">hh" if flags & 0x0001 else ">bb"    # ARG_1_AND_2_ARE_WORDS
            dx, dy = struct.unpack_from(fmt, self.data, pos)
            pos += struct.calcsize(fmt)
            a, b, c, d = 1.0, 0.0, 0.0, 1.0
            if flags & 0x0008:                  # WE_HAVE_A_SCALE
                a = d = struct.unpack_from(">h", self.data, pos)[0] / 16384.0
                pos += 2
            elif flags & 0x0040:                # WE_HAVE_AN_X_AND_Y_SCALE
                a, d = (v / 16384.0 for v in struct.unpack_from(">hh", self.data, pos))
                pos += 4
            elif flags & 0x0080:                # WE_HAVE_A_TWO_BY_TWO
                a, b, c, d = (v / 16384.0 for v in struct.unpack_from(">4h", self.data, pos))
                pos += 8
            if flags & 0x0800:                  # SCALED_COMPONENT_OFFSET
                dx, dy = a * dx + c * dy, b * dx + d * dy
            for contour in self.contours(glyph):
                contours.append([(a * x + c * y + dx, b * x + d * y + dy, on)
                                 for x, y, on in contour])
            if not flags & 0x0020:              # MORE_COMPONENTS
                return contours


_FONTS = {}


def load_font(weight="normal"):
    if weight not in _FONTS:
        path = os.path.join(FONT_DIR, FONT_FILES[weight])
        if not os.path.isfile(path):
            raise SystemExit("make-figure.py: font not found: %s\n"
                             "Install the DejaVu fonts (Debian/Ubuntu package "
                             "fonts-dejavu-core) and run again." % path)
        _FONTS[weight] = TrueTypeFont(path)
    return _FONTS[weight]


def contour_path(points):
    """Path data for one closed contour of (x, y, on_curve) points: an
    absolute moveto, then relative l/h/v/q segments and z."""
    # Make the implied on-curve points explicit: the midpoint between two
    # consecutive off-curve points.
    full = []
    for i, (x, y, on) in enumerate(points):
        px, py, pon = points[i - 1]
        if not on and not pon:
            full.append(((px + x) / 2, (py + y) / 2, True))
        full.append((x, y, on))
    starts = [i for i, point in enumerate(full) if point[2]]
    if len(full) < 2 or not starts:
        return ""
    full = full[starts[0]:] + full[:starts[0]]              # start on-curve
    full = [(round(x, 2), round(y, 2), on) for x, y, on in full]
    full.append(full[0])                                    # back to the start
    out = ["M%s %s" % (num(full[0][0]), num(full[0][1]))]
    command = "M"
    cur = full[0]
    i = 1
    while i < len(full):
        if full[i][2]:
            segment, i = [full[i]], i + 1
        else:
            segment, i = [full[i], full[i + 1]], i + 2
        if len(segment) == 1 and i == len(full):           # z closes it
            break
        dx = [round(p[0] - cur[0], 2) for p in segment]
        dy = [round(p[1] - cur[1], 2) for p in segment]
        if len(segment) == 2:
            letter, args = "q", (dx[0], dy[0], dx[1], dy[1])
        elif dy[0] == 0:
            letter, args = "h", (dx[0],)
        elif dx[0] == 0:
            letter, args = "v", (dy[0],)
        else:
            letter, args = "l", (dx[0], dy[0])
        # A repeated command letter may be left out (implicit repetition).
        out.append((" " if letter == command else letter) + " ".join(num(a) for a in args))
        command = letter
        cur = segment[-1]
    return "".join(out) + "z"


def text_path(text, x, y, size, fill, weight="normal", anchor="start"):
    """A line of text as one filled <path> of glyph outlines, preceded by an
    XML comment holding the text.  (x, y) is the baseline point that
    text-anchor (start, middle, end) refers to; advance widths, no kerning."""
    font = load_font(weight)
    scale = size / font.units_per_em
    glyphs = []
    for char in text:
        glyph = font.glyph_index(char)
        if glyph == 0:
            raise ValueError("%s has no glyph for %r" % (font.path, char))
        glyphs.append(glyph)
    width = sum(font.advance(g) for g in glyphs) * scale
    pen = x - {"start": 0, "middle": width / 2, "end": width}[anchor]
    parts = []
    for glyph in glyphs:
        for contour in font.contours(glyph):
            parts.append(contour_path([(pen + gx * scale, y - gy * scale, on)
                                       for gx, gy, on in contour]))
        pen += font.advance(glyph) * scale
    return ["<!-- %s -->" % text.replace("--", "- -"),
            el("path", d="".join(parts), fill=fill)]


# --------------------------------------------------------------------------
# The figure
# --------------------------------------------------------------------------

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


def measured_width(text, size):
    """Width of text set in DejaVu Sans at the given size."""
    total = 0
    for ch in text:
        code = ord(ch)
        total += DEJAVU_SANS_ADVANCE[code - 32] if 32 <= code < 127 else 1000
    return total * size / 1000.0


def text_width(text, size):
    """Conservative width: the larger of 0.6 em per character and the real
    DejaVu Sans width plus 5 %."""
    return max(len(text) * EM_PER_CHAR * size, measured_width(text, size) * 1.05)


def wrap(text, size, width, max_lines=5):
    """Split text into as few lines as fit in width, at most max_lines.

    Among the splits into that many lines, pick the most balanced one
    (smallest longest line).  Raises ValueError if the text cannot fit.
    """
    if text_width(text, size) <= width:
        return [text]
    words = text.split()
    for count in range(2, max_lines + 1):
        best = None
        for breaks in itertools.combinations(range(1, len(words)), count - 1):
            bounds = (0,) + breaks + (len(words),)
            lines = [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:])]
            longest = max(text_width(line, size) for line in lines)
            if longest <= width and (best is None or longest < best[0]):
                best = (longest, lines)
        if best is not None:
            return best[1]
    raise ValueError("title does not fit in %d lines: %r" % (max_lines, text))


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


def write_figure():
    desc = ("A grid of 24 tiles, one per Rust programming category, each with a "
            "pictogram and its title, coloured by theme: " +
            "; ".join("%s: %s" % (label, ", ".join(t for _s, t, g in CATEGORIES if g == key))
                      for key, label, _c in GROUPS) + ".")
    write(FIGURE_PATH, svg_document(FIG_W, FIG_H, figure_body(),
                                    "What Rust is used for", desc))
    return FIGURE_PATH


# --------------------------------------------------------------------------
# The application icon: a globe (the atlas) inside a gear-toothed ring.
# --------------------------------------------------------------------------

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


def write_app_icon():
    write(APP_ICON_PATH, svg_document(256, 256, app_icon_body(), "Rust Atlas"))
    return APP_ICON_PATH


def main():
    written = [write_figure()] + write_icons() + [write_app_icon()]
    for path in written:
        print(os.path.relpath(path, ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
