"""Small SVG helpers: elements with presentation attributes, compact numbers,
points, colour blends, gear outlines, whole documents and writing them."""

import math
import os
from xml.sax.saxutils import escape, quoteattr

WHITE = "#FFFFFF"


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
