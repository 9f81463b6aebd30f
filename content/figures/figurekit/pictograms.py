"""Pictograms, all drawn in a 48 x 48 box.

Each icon_* function gets the background colour (for cut-outs) and returns a
list of SVG elements; the foreground is white.  The rounded-square background
is added by icon_elements(); write_icons() writes one SVG file per category.
"""

import os

from .categories import CATEGORIES, GROUP_COLOUR
from .svg import WHITE, el, gear_points, pts, svg_document, write

W = WHITE


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


def write_icons(icon_dir):
    """Write icon_dir/SLUG.svg for every category; returns the paths."""
    written = []
    for slug, title, group in CATEGORIES:
        body = icon_elements(slug, group)
        path = os.path.join(icon_dir, slug + ".svg")
        write(path, svg_document(48, 48, body, title))
        written.append(path)
    return written
