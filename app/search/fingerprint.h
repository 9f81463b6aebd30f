// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/// A 128-bit fingerprint of a page's content, to see whether it changed. Not cryptographic (a
/// pack is the user's own files, nobody forges them): two lanes of xxHash64's round over
/// alternate 8-byte words of the UTF-16 text, several times faster than QCryptographicHash's
/// SHA-1, which cost more than a tenth of the indexing time.
class Fingerprint
{
public:
    void add(const QString &part);
    QByteArray result() const;

private:
    quint64 m_a = 0x243F6A8885A308D3ULL;
    quint64 m_b = 0x13198A2E03707344ULL;
};
