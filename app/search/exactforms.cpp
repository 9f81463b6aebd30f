// SPDX-License-Identifier: MIT
#include "exactforms.h"

namespace {

/// Harman's S-stemmer: plurals to singular ("crates", "queries"), nothing else.
QString singular(QString word)
{
    const auto ends = [&word](const char16_t *suffix) { return word.endsWith(QStringView(suffix)); };
    if (word.size() > 4 && ends(u"ies") && !ends(u"eies") && !ends(u"aies"))
        return word.chopped(3) + u'y';
    if (word.size() > 3 && ends(u"es") && !ends(u"aes") && !ends(u"ees") && !ends(u"oes"))
        return word.chopped(1);
    if (word.size() > 3 && ends(u"s") && !ends(u"us") && !ends(u"ss"))
        return word.chopped(1);
    return word;
}

} // namespace

QString ExactForms::of(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 4);
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        // As unicode61 splits: letters and digits (surrogate pairs included) make words.
        const bool wordChar = i < text.size() && (text.at(i).isLetterOrNumber() || text.at(i).isSurrogate());
        if (wordChar && start < 0) {
            start = i;
        } else if (!wordChar && start >= 0) {
            if (!out.isEmpty())
                out += u' ';
            out += marked(text.mid(start, i - start));
            start = -1;
        }
    }
    return out;
}

QString ExactForms::marked(QStringView word)
{
    return singular(word.toString().toLower()) + QChar(Marker);
}
