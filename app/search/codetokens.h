// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/// Rust code as the index keeps it, beside the words: the symbols that make code (`?`, `&mut`,
/// `Vec::new`, `Box<T>`, `#[derive(Debug)]`, `'a`, `println!`) as tokens of their own. The word
/// tokenizer drops every symbol, so without them "&mut" would be "mut" and "?" nothing at all.
///
/// Each code token is encoded as one tokenizer word: letters and digits in lower case, every
/// symbol as a character of the Private Use Area (which FTS5's unicode61 keeps inside a token
/// and its porter stemmer leaves alone). The same rules read the page and the query, so a
/// query's code finds the same code in a page.
class CodeTokens final
{
public:
    /// The code tokens of a page's text, encoded, separated by spaces.
    static QString of(QStringView text);
    /// The encoded code tokens of one word of a query ("Vec::new", "&mut", "?"); empty when it
    /// holds no code.
    static QStringList inQuery(QStringView word);
    /// \a token (as written, "&mut") as the tokenizer word it is stored as.
    static QString encoded(QStringView token);

private:
    template<typename Take>
    static void scan(QStringView text, bool query, Take take);
};
