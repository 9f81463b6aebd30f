// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Something wrong in a content pack: where (file relative to the pack root, 1-based line) and what.
struct Problem
{
    QString file;
    int line = 1;
    QString message;

    friend bool operator==(const Problem &a, const Problem &b)
    {
        return a.file == b.file && a.line == b.line && a.message == b.message;
    }
};
