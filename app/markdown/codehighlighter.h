// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// Code blocks in colour, by GNU source-highlight (Debian's libsource-highlight), on screen and
/// on paper alike: the fence's info string picks the language (```rust, ```toml, ```console;
/// mdBook's "rust,ignore" or a bare "should_panic" mean Rust). The result is escaped HTML in
/// which each element of the language is a <span> of a class from CodeTheme; the colours come
/// from the page's style sheet, so one page serves both palettes and paper.
///
/// Unknown languages, hostile info strings, lines too long to be worth it and any failure of
/// the library give the code escaped and uncoloured: highlighting never loses text.
/// Thread-safe (one lock around the library, whose language cache is not).
class CodeHighlighter final
{
public:
    /// Longer lines stay plain: regular expressions over a megabyte of one line cost seconds.
    static constexpr qsizetype MaxLineLength = 4000;
    /// How much code one page colours; the rest stays plain. The library colours about 1 MB/s
    /// here, so a page of a megabyte of code would open six times slower than plain; the
    /// largest chapter of the Rust Book has about 60 KB of code.
    static constexpr qsizetype PageBudget = 128 * 1024;

    /// The source-highlight language definition file for a fence's info string ("rust.lang"),
    /// or empty when there is none.
    static QString languageFile(const QString &info);
    /// \a code, escaped for HTML and coloured when its language is known. With a \a budget,
    /// lines are coloured while it lasts, each taking its length from it, and the rest is plain.
    static QString toHtml(const QString &code, const QString &info, qsizetype *budget = nullptr);
};
