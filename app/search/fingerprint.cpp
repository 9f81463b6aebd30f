// SPDX-License-Identifier: MIT
#include "fingerprint.h"

#include <cstring>

namespace {
quint64 round(quint64 lane, quint64 word)
{
    lane += word * 0xC2B2AE3D27D4EB4FULL;
    return ((lane << 31) | (lane >> 33)) * 0x9E3779B97F4A7C15ULL;
}

quint64 finish(quint64 h) // MurmurHash3's fmix64
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 33);
}
} // namespace

void Fingerprint::add(const QString &part)
{
    const auto *data = reinterpret_cast<const char *>(part.constData());
    const qsizetype size = part.size() * qsizetype(sizeof(QChar));
    // The length first, so that parts never run into each other.
    m_a = round(m_a, quint64(size));
    m_b = round(m_b, ~quint64(size));
    qsizetype i = 0;
    for (; i + 16 <= size; i += 16) {
        quint64 words[2];
        std::memcpy(words, data + i, 16);
        m_a = round(m_a, words[0]);
        m_b = round(m_b, words[1]);
    }
    quint64 tail[2] = {0, 0};
    std::memcpy(tail, data + i, std::size_t(size - i));
    m_a = round(m_a, tail[0]);
    m_b = round(m_b, tail[1]);
}

QByteArray Fingerprint::result() const
{
    const quint64 lanes[2] = {finish(m_a), finish(m_b ^ m_a)};
    return QByteArray(reinterpret_cast<const char *>(lanes), sizeof lanes).toHex();
}
