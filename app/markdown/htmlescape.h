// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace HtmlEscape {
/// Decodes one HTML entity such as "&amp;", "&#233;" or "&#x1F980;"; unknown ones stay as written.
QString decodeEntity(const QString &entity);
/// \a text with every entity decoded (decodeEntity()).
QString decodeEntities(const QString &text);
/// Removes tags and decodes the common entities of a raw HTML fragment, for plain text.
QString stripTags(const QString &html);
/// Reads the value of attribute \a name from the first \a tag element in \a html.
QString attribute(const QString &html, const QString &tag, const QString &name);
} // namespace HtmlEscape
