// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>

#include <cstring>

/// Where \a needle first occurs in \a haystack at or after \a from, or -1. glibc's memmem scans
/// with vector instructions; QByteArray::indexOf of a two-byte needle costs several times more,
/// and pages are scanned for "{{" and "[[" every time a pack opens.
inline qsizetype findBytes(QByteArrayView haystack, QByteArrayView needle, qsizetype from = 0)
{
    // An empty QByteArray has no data pointer, and memmem must not be given none.
    if (from < 0 || from >= haystack.size() || needle.isEmpty() || !haystack.data())
        return -1;
    const void *found = memmem(haystack.data() + from, size_t(haystack.size() - from), needle.data(), size_t(needle.size()));
    return found ? static_cast<const char *>(found) - haystack.data() : -1;
}
