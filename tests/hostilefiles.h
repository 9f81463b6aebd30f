// SPDX-License-Identifier: MIT
// Files a hostile pack would hold, made in memory by the tests that write them into packs.
#pragma once

#include <QByteArray>

namespace HostileFiles {

/// A PNG that claims \a width × \a height pixels (RGBA) and holds almost nothing: what a hostile
/// pack would use to make a reader allocate gigabytes.
inline QByteArray hugePng(quint32 width, quint32 height)
{
    const auto crc32 = [](const QByteArray &bytes) {
        quint32 crc = 0xFFFFFFFFu;
        for (const char byte : bytes) {
            crc ^= quint8(byte);
            for (int bit = 0; bit < 8; ++bit)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
        return ~crc;
    };
    const auto be32 = [](quint32 value) {
        const char bytes[] = {char(value >> 24), char(value >> 16), char(value >> 8), char(value)};
        return QByteArray(bytes, 4);
    };
    const auto chunk = [&](const char *type, const QByteArray &data) -> QByteArray {
        const QByteArray body = QByteArray(type) + data; // QByteArray, not a builder of temporaries
        return be32(quint32(data.size())) + body + be32(crc32(body));
    };
    const QByteArray header = QByteArray(be32(width) + be32(height)) + QByteArray("\x08\x06\x00\x00\x00", 5);
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += chunk("IHDR", header);
    png += chunk("IDAT", qCompress(QByteArray(64, 0)).mid(4));
    png += chunk("IEND", {});
    return png;
}

/// An SVG whose nested entities would expand to 10^9 characters ("billion laughs").
inline QByteArray svgEntityBomb()
{
    QByteArray svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY a0 \"laugh\">\n";
    for (int level = 1; level <= 9; ++level)
        svg += "<!ENTITY a" + QByteArray::number(level) + " \"" + QByteArray("&a" + QByteArray::number(level - 1) + ';').repeated(10)
            + "\">\n";
    return svg + "]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><text>&a9;</text></svg>\n";
}

/// An SVG a billion units wide and high, all one rectangle.
inline QByteArray svgHugeViewBox()
{
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1000000000\" height=\"1000000000\" "
           "viewBox=\"0 0 1000000000 1000000000\"><rect width=\"1000000000\" height=\"1000000000\" fill=\"#c33\"/></svg>\n";
}

} // namespace HostileFiles
