// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Orders file names as people count: "page-2" before "page-10", case-insensitively, the same
/// on every locale (a pack's order must not change with the reader's language).
class NaturalOrder final
{
public:
    static int compare(const QString &a, const QString &b);
    static bool less(const QString &a, const QString &b) { return compare(a, b) < 0; }
};
