"""Text as outlines (one <path> of DejaVu Sans glyphs a line), and text
measured and wrapped to fit a width."""

import itertools
import os

from .svg import el, num
from .truetype import TrueTypeFont

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FONT_FILES = {"normal": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf"}

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
