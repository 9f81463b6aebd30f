// SPDX-License-Identifier: MIT
#pragma once

#include "pack/problem.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

/// A page after mdBook's link preprocessor ran over it.
struct ExpandedPage
{
    QByteArray text; ///< the page with every directive replaced
    QString title; ///< from {{#title ...}}, empty when none
    QVector<Problem> problems; ///< file = the page's path as given, line = the directive's line in the page
    /// sourceLines[i] = 1-based page line that output line i+1 came from; lines pulled in by an include map
    /// to the directive's line, so problems found later in the rendered text still point at the page.
    QVector<int> sourceLines;
    QStringList includedFiles; ///< canonical paths of every file read, for a file watcher
};

/// mdBook's {{#include}}, {{#rustdoc_include}}, {{#playground}} and {{#title}} directives, applied to a
/// page's raw Markdown before it is parsed. Behaves like mdBook (ranges, anchors, the directive line's
/// prefix repeated on every included line) except that a failing directive becomes nothing plus a
/// Problem, and that no file outside the book root is ever read, symlinks included, because books are
/// downloaded from strangers.
class IncludeExpander final
{
public:
    /// bookRoot: absolute folder includes may never leave (the one holding book.toml);
    /// srcRoot: absolute folder the page paths are relative to (book/src).
    IncludeExpander(const QString &bookRoot, const QString &srcRoot);

    ExpandedPage expand(const QByteArray &utf8, const QString &pagePath) const;

    static constexpr int maxDepth = 10;
    static constexpr qint64 maxFileSize = 8 * 1024 * 1024;

private:
    struct Context
    {
        ExpandedPage &page;
        QString pagePath;
        QHash<QString, QByteArray> cache; // canonical path -> repaired bytes; cyclic books read a file often

        void report(int line, const QString &message, Problem::Severity severity = Problem::Severity::Error)
        {
            // Everything nested under one directive reports that directive's line, so repeats are common.
            const Problem p{pagePath, line, message, severity};
            if (!page.problems.contains(p))
                page.problems.append(p);
        }
    };

    struct Directive
    {
        enum class Kind { Unknown, Escaped, Include, RustdocInclude, Playground, Title };
        Kind kind = Kind::Unknown;
        qsizetype start = 0;
        qsizetype end = 0;
        QByteArray rest; // everything after the directive name, trimmed
    };

    static bool findDirective(const QByteArray &in, qsizetype from, Directive *d);

    QByteArray expandText(const QByteArray &in, const QString &baseDir, int depth, int reportLine, Context &ctx,
                          QVector<int> *lineMap) const;
    bool render(const Directive &d, const QString &baseDir, int depth, int line, Context &ctx, QByteArray *out, QString *nestedBase) const;
    bool readFile(const QString &baseDir, const QString &relative, int line, Context &ctx, QByteArray *data, QString *lexicalPath) const;

    QString m_lexicalRoot;
    QString m_canonicalRoot;
    QString m_srcRoot;
};
