// SPDX-License-Identifier: MIT
#include "pagetext.h"

#include <QStringDecoder>

#include <algorithm>

namespace {
const QByteArray Replacement = QByteArrayLiteral("\xEF\xBF\xBD"); // U+FFFD
constexpr qsizetype SniffLength = 4096;
} // namespace

int PageText::lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(std::count(bytes.cbegin(), bytes.cbegin() + offset, '\n')) + 1;
}

PageText::Encoding PageText::sniff(const QByteArray &bytes, int *bomLength)
{
    *bomLength = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        *bomLength = 3;
        return Encoding::Utf8;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        *bomLength = 2;
        return bytes.at(0) == '\xFF' ? Encoding::Utf16LE : Encoding::Utf16BE;
    }
    // Without a mark: text in the Latin alphabet as UTF-16 has a zero in every other byte.
    const qsizetype length = std::min(bytes.size(), SniffLength) & ~qsizetype(1);
    if (length < 4)
        return Encoding::Utf8;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < length; i += 2) {
        evenZeros += bytes.at(i) == 0;
        oddZeros += bytes.at(i + 1) == 0;
    }
    const qsizetype pairs = length / 2;
    if (oddZeros * 10 >= pairs * 9 && evenZeros * 10 <= pairs)
        return Encoding::Utf16LE;
    if (evenZeros * 10 >= pairs * 9 && oddZeros * 10 <= pairs)
        return Encoding::Utf16BE;
    return Encoding::Utf8;
}

QByteArray PageText::decode(QByteArray bytes, const QString &path, QVector<Problem> *problems)
{
    int bomLength = 0;
    const Encoding encoding = sniff(bytes, &bomLength);
    bytes.remove(0, bomLength);
    if (encoding != Encoding::Utf8) {
        QStringDecoder utf16(encoding == Encoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        const QString text = utf16.decode(bytes);
        problems->push_back(
            {path, 1, QStringLiteral("UTF-16 file, read as such; Markdown is usually saved as UTF-8"), Problem::Severity::Note});
        bytes = text.toUtf8(); // unpaired surrogates became U+FFFD
    } else if (const qsizetype bad = firstInvalidUtf8(bytes); bad >= 0) {
        problems->push_back(
            {path, lineAt(bytes, bad), QStringLiteral("invalid UTF-8 at byte %1; shown with replacement characters").arg(bad + bomLength)});
        bytes = QString::fromUtf8(bytes).toUtf8();
    }
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0) {
        problems->push_back({path, lineAt(bytes, nul), QStringLiteral("NUL byte in the text; shown as a replacement character")});
        bytes.replace(QByteArrayView("\0", 1), Replacement);
    }
    if (int cut = 0; bytes.size() > MaxLineLength) {
        if (QByteArray shorter = cutLongLines(bytes, &cut); cut > 0) {
            bytes = std::move(shorter);
            problems->push_back({path, cut, QStringLiteral("line longer than %1 bytes; shown cut at that length").arg(MaxLineLength)});
        }
    }
    return bytes;
}

QByteArray PageText::cutLongLines(const QByteArray &bytes, int *firstCut)
{
    // Most large pages have no long line: find one before copying anything.
    bool longLine = false;
    for (qsizetype start = 0; start < bytes.size() && !longLine;) {
        const qsizetype newline = bytes.indexOf('\n', start);
        const qsizetype end = newline < 0 ? bytes.size() : newline;
        longLine = end - start > MaxLineLength;
        start = end + 1;
    }
    if (!longLine)
        return bytes;
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype start = 0, line = 1;; ++line) {
        const qsizetype newline = bytes.indexOf('\n', start);
        const qsizetype end = newline < 0 ? bytes.size() : newline;
        qsizetype keep = end - start;
        if (keep > MaxLineLength) {
            keep = MaxLineLength;
            while (keep > 0 && (quint8(bytes.at(start + keep)) & 0xC0) == 0x80)
                --keep; // a cut inside a character would make invalid UTF-8
            *firstCut = *firstCut ? *firstCut : int(line);
        }
        out += QByteArrayView(bytes).sliced(start, keep);
        if (keep < end - start)
            out += " \xE2\x80\xA6"; // " …"
        if (newline < 0)
            return out;
        out += '\n';
        start = newline + 1;
    }
}

qsizetype PageText::firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size;) {
        const unsigned char lead = data[i];
        int extra = 0;
        char32_t code = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            extra = 1, code = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            extra = 2, code = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            extra = 3, code = lead & 0x07;
        } else {
            return i;
        }
        if (i + extra >= size)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((data[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (data[i + k] & 0x3F);
        }
        static constexpr char32_t smallest[] = {0, 0x80, 0x800, 0x10000};
        if (code < smallest[extra] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}
