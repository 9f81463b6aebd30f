// SPDX-License-Identifier: MIT
#pragma once

#include "problem.h"

#include <QByteArray>
#include <QString>
#include <QVector>

/// Turns a file's bytes into what the Markdown parser may read: valid UTF-8, without a byte
/// order mark or NUL bytes. UTF-16 files (with a byte order mark, or recognised by their zero
/// bytes) are decoded as such; invalid UTF-8 and NUL bytes become U+FFFD. Each repair is
/// reported once per file, at the line where it first happened. Lines longer than MaxLineLength
/// are cut there: no reader wants them, and laying one out would take hundreds of megabytes.
class PageText final
{
public:
    static constexpr qsizetype MaxLineLength = 64 * 1024; ///< Bytes

    static QByteArray decode(QByteArray bytes, const QString &path, QVector<Problem> *problems);

    /// Byte offset of the first invalid UTF-8 sequence, or -1 when \a bytes are valid.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);

private:
    enum class Encoding { Utf8, Utf16LE, Utf16BE };
    /// The encoding and the length of its byte order mark.
    static Encoding sniff(const QByteArray &bytes, int *bomLength);
    static int lineAt(const QByteArray &bytes, qsizetype offset);
    /// \a bytes with every line cut to MaxLineLength (at a character's start); the first cut line's
    /// number in \a firstCut.
    static QByteArray cutLongLines(const QByteArray &bytes, int *firstCut);
};
