// SPDX-License-Identifier: MIT
#pragma once

#include "pack/problem.h"
#include "pack/summaryentry.h"

#include <QByteArray>
#include <QString>
#include <QVector>

/// What SUMMARY.md declares, flattened, plus everything in it that mdBook would reject or ignore.
struct Summary
{
    QString title; // the leading "# Summary" heading; mdBook ignores it, a reader may not
    QVector<SummaryEntry> entries;
    QVector<Problem> problems;
};

/// Reads mdBook's SUMMARY.md format with md4c. Unlike mdBook, it never gives up on the first
/// mistake: a reader still wants the rest of the book, so each mistake becomes a Problem.
class SummaryParser final
{
public:
    static Summary parse(const QByteArray &utf8, const QString &fileName = QStringLiteral("SUMMARY.md"));
};
