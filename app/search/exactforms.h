// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

/// Words as written, beside their stems. The porter stemmer makes "operator" and "operations"
/// one word, which finds more but ranks a page about operations as high as one about operators.
/// So the index keeps the words of each page's title and headings a second time, each with a
/// marker that the stemmer leaves whole, and a query word also matches its marked form: an
/// alternative that adds to bm25 only where the very same word names the page or a section.
/// "The same word" allows for plurals ("crate" is "crates"; "operator" is not "operations"):
/// measured on the judged queries, whole forms alone favoured headings that happen to use
/// the query's number.
class ExactForms final
{
public:
    /// Every word of \a text, marked, separated by spaces.
    static QString of(QStringView text);
    /// One word, in lower case and singular, marked.
    static QString marked(QStringView word);

private:
    static constexpr char16_t Marker = 0xE000; ///< Private Use: a letter to the tokenizer, a suffix to no rule
};
