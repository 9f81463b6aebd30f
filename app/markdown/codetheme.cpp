// SPDX-License-Identifier: MIT
#include "codetheme.h"

#include <cstring>

const QVector<CodeTheme::Style> &CodeTheme::styles()
{
    // Light: at least 4.5:1 on the light code background (#f2f2f2); dark: on #2b2b2b and the
    // dark palette's code background.
    static const QVector<Style> all{
        {"hl-keyword", QColor(0x0b, 0x3d, 0x91), QColor(0xf0, 0x9a, 0x5a), true, false},
        {"hl-type", QColor(0x00, 0x5f, 0x5f), QColor(0x5e, 0xc4, 0xc4)},
        {"hl-string", QColor(0x1d, 0x6b, 0x12), QColor(0x9c, 0xcf, 0x7c)},
        {"hl-comment", QColor(0x5c, 0x5c, 0x5c), QColor(0xa8, 0xa8, 0xa8), false, true},
        {"hl-number", QColor(0x8a, 0x1c, 0x6e), QColor(0xe0, 0x95, 0xd0)},
        {"hl-function", QColor(0x6b, 0x3a, 0x00), QColor(0xe8, 0xc8, 0x70)},
        {"hl-preproc", QColor(0x70, 0x3b, 0x9c), QColor(0xc5, 0xa5, 0xf0)},
    };
    return all;
}

QString CodeTheme::styleSheet(bool dark)
{
    QString css;
    for (const Style &style : styles()) {
        css += QStringLiteral(".%1 { color: %2;%3%4 }")
                   .arg(QLatin1String(style.cssClass), (dark ? style.dark : style.light).name(),
                        style.bold ? QStringLiteral(" font-weight: 600;") : QString(),
                        style.italic ? QStringLiteral(" font-style: italic;") : QString());
    }
    return css;
}

namespace {

const struct
{
    const char *element;
    const char *cssClass;
} elementClasses[] = {
    {"keyword", "hl-keyword"}, {"type", "hl-type"},          {"usertype", "hl-type"},        {"classname", "hl-type"},
    {"string", "hl-string"},   {"regexp", "hl-string"},      {"specialchar", "hl-string"},   {"comment", "hl-comment"},
    {"todo", "hl-comment"},    {"url", "hl-comment"},        {"number", "hl-number"},        {"function", "hl-function"},
    {"preproc", "hl-preproc"}, {"predef_var", "hl-preproc"}, {"predef_func", "hl-function"},
};

} // namespace

QVector<const char *> CodeTheme::elements()
{
    QVector<const char *> names;
    for (const auto &entry : elementClasses)
        names.push_back(entry.element);
    return names;
}

const char *CodeTheme::classFor(const char *element)
{
    for (const auto &entry : elementClasses) {
        if (std::strcmp(entry.element, element) == 0)
            return entry.cssClass;
    }
    return nullptr;
}
