"""Text as outlines: a minimal TrueType reader (cmap format 4, hmtx, glyf)."""

import struct


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
