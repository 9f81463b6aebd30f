// SPDX-License-Identifier: MIT
#include "filestamp.h"

#include <QFileInfo>

namespace {
// FNV-1a over the bytes of each number: stable across runs, unlike qHash's seeded hashes.
void mix(quint64 *hash, qint64 value)
{
    for (int i = 0; i < 8; ++i) {
        *hash ^= quint64(value >> (8 * i)) & 0xFFu;
        *hash *= 0x100000001B3ull;
    }
}

void mixFile(quint64 *hash, const QString &path)
{
    const QFileInfo info(path);
    mix(hash, info.exists() ? info.size() : -1);
    const QDateTime modified = info.lastModified();
    mix(hash, modified.isValid() ? modified.toMSecsSinceEpoch() : 0);
}
} // namespace

quint64 FileStamp::of(const QString &path, const QStringList &morePaths)
{
    quint64 hash = 0xCBF29CE484222325ull;
    mixFile(&hash, path);
    for (const QString &more : morePaths)
        mixFile(&hash, more);
    return hash;
}
