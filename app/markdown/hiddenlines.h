// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// mdBook's hidden lines in Rust code blocks: a line whose first non-blank characters are "# "
/// (or a lone "#") belongs to the example but is not shown; "##" shows a literal "#".
class HiddenLines final
{
public:
    /// Whether a fence's info string ("rust", "rust,ignore", "rust editable") means Rust.
    static bool isRustFence(const QString &info);
    /// \a code without its hidden lines, with escaped lines unescaped.
    static QString strip(const QString &code);
};
