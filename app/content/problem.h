// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Something wrong or worth knowing in a content pack: where (file relative to the pack root,
/// 1-based line) and what. Errors are broken things; notes are things a reader may expect, such
/// as a link that leaves the pack on purpose (a book's links to the standard library docs).
struct Problem
{
    enum class Severity { Error, Note };

    QString file;
    int line = 1;
    QString message;
    Severity severity = Severity::Error;

    bool isError() const { return severity == Severity::Error; }

    friend bool operator==(const Problem &a, const Problem &b)
    {
        return a.file == b.file && a.line == b.line && a.message == b.message && a.severity == b.severity;
    }
};
