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

    /// "file:line: message" (notes with "note: "), always one line: control characters in a
    /// file name or message (a newline is allowed in file names) are written as escapes.
    QString located(const QString &shownFile) const
    {
        return oneLine(shownFile) + u':' + QString::number(line) + QStringLiteral(": ") + (isError() ? QString() : QStringLiteral("note: "))
            + oneLine(message);
    }

    static QString oneLine(const QString &text)
    {
        QString out;
        out.reserve(text.size());
        for (const QChar ch : text) {
            if (ch == u'\n')
                out += QStringLiteral("\\n");
            else if (ch.unicode() < 0x20 || ch.unicode() == 0x7F)
                out += QStringLiteral("\\x%1").arg(ch.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += ch;
        }
        return out;
    }

    friend bool operator==(const Problem &a, const Problem &b)
    {
        return a.file == b.file && a.line == b.line && a.message == b.message && a.severity == b.severity;
    }
};
