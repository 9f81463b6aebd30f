// SPDX-License-Identifier: MIT
#include "windowstyle.h"

#include "markdown/codetheme.h"

#include <cmath>

namespace WindowStyle {

QColor mix(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0xd9, 0x6a, 0x3b));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb7, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb8, 0x9c, 0xff));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x50, 0x53, 0x58));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

QString pageStyleSheet(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor link = isDark(palette) ? QColor(0x7c, 0xb7, 0xff) : QColor(0x0b, 0x5c, 0xad);
    const QColor accent = isDark(palette) ? QColor(0xe3, 0x8b, 0x5f) : QColor(0xa7, 0x3a, 0x0c);
    const QColor codeBackground = WindowStyle::codeBackground(palette);
    const QColor rule = mix(base, text, 0.25);
    const QColor muted = mix(base, text, 0.7);
    return QStringLiteral("body { color: %1; }"
                          "a { color: %2; text-decoration: none; }"
                          "h1 { color: %3; font-size: 190%; font-weight: 600; margin-bottom: 10px; }"
                          "h2 { font-size: 140%; font-weight: 600; margin-top: 22px; margin-bottom: 6px; }"
                          "h3 { font-size: 118%; font-weight: 600; margin-top: 16px; }"
                          "p, li { line-height: 135%; }"
                          "li { margin-bottom: 3px; }"
                          "pre { background-color: %4; font-family: monospace; padding: 8px; white-space: pre; }"
                          "code { background-color: %4; font-family: monospace; }"
                          "table.md { border-collapse: collapse; border: 1px solid %5; margin: 8px 0; }"
                          "th { background-color: %4; font-weight: 600; border: 1px solid %5; }"
                          "td { border: 1px solid %5; }"
                          "blockquote { color: %6; margin-left: 16px; font-style: italic; }"
                          "figcaption, .caption { color: %6; font-size: 90%; }")
               .arg(text.name(), link.name(), accent.name(), codeBackground.name(), rule.name(), muted.name())
        + CodeTheme::styleSheet(isDark(palette));
}

QColor codeBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.07);
}

qreal contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &colour) {
        const auto channel = [](float value) { return value <= 0.03928f ? value / 12.92f : std::pow((value + 0.055f) / 1.055f, 2.4f); };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
    };
    const qreal la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor searchMark(const QPalette &palette)
{
    // Light: a pale amber under dark text. Dark: a deep amber under light text and light links
    // (the olive used before left blue links at under 3:1).
    return isDark(palette) ? QColor(0x4a, 0x3a, 0x0c) : QColor(0xff, 0xe5, 0x8a);
}

namespace {
/// @p colour moved step by step towards @p target until it reads at 4.5:1 on @p background.
QColor readableOn(QColor colour, const QColor &background, const QColor &target)
{
    for (int step = 0; step < 20 && contrast(colour, background) < 4.5; ++step)
        colour = mix(colour, target, 0.15);
    return colour;
}
} // namespace

QPalette readable(QPalette palette)
{
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        const QColor base = palette.color(group, QPalette::Base);
        const QColor selected = palette.color(group, QPalette::HighlightedText);
        // The selection's background moves away from its text: darker under white text.
        palette.setColor(
            group, QPalette::Highlight,
            readableOn(palette.color(group, QPalette::Highlight), selected, selected.lightnessF() > 0.5 ? Qt::black : Qt::white));
        palette.setColor(group, QPalette::Link,
                         readableOn(palette.color(group, QPalette::Link), base, palette.color(group, QPalette::Text)));
        palette.setColor(group, QPalette::PlaceholderText,
                         readableOn(palette.color(group, QPalette::PlaceholderText), base, palette.color(group, QPalette::Text)));
    }
    return palette;
}

QColor findMark(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.35);
}

} // namespace WindowStyle
