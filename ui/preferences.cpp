// SPDX-License-Identifier: MIT
#include "preferences.h"

#include "windowstyle.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace {
const QString kTheme = QStringLiteral("preferences/theme");
const QString kLanguage = QStringLiteral("preferences/language");
const QString kPageFont = QStringLiteral("preferences/pageFont");

struct SystemLook
{
    QString style;
    QPalette palette;
};

/// The look the platform gave the application, kept before any theme replaces it.
const SystemLook &systemLook()
{
    static const SystemLook look{QApplication::style()->name(), QApplication::palette()};
    return look;
}
} // namespace

Preferences::Theme Preferences::theme() const
{
    const QString value = m_settings.value(kTheme).toString();
    return value == QLatin1String("dark") ? Theme::Dark : value == QLatin1String("light") ? Theme::Light : Theme::System;
}

void Preferences::setTheme(Theme theme)
{
    m_settings.setValue(kTheme,
                        theme == Theme::Dark        ? QStringLiteral("dark")
                            : theme == Theme::Light ? QStringLiteral("light")
                                                    : QStringLiteral("system"));
}

QString Preferences::language() const
{
    const QString code = m_settings.value(kLanguage).toString();
    return languages().contains(code) ? code : QString();
}

void Preferences::setLanguage(const QString &language)
{
    m_settings.setValue(kLanguage, language);
}

QFont Preferences::pageFont(const QFont &fallback) const
{
    QFont font = fallback;
    const QString saved = m_settings.value(kPageFont).toString();
    // A malformed value leaves the default rather than a broken font.
    if (!saved.isEmpty() && !font.fromString(saved))
        return fallback;
    return font;
}

void Preferences::setPageFont(const QFont &font)
{
    m_settings.setValue(kPageFont, font.toString());
}

void Preferences::applyTheme(Theme theme)
{
    const SystemLook &system = systemLook();
    const QString style = theme == Theme::System ? system.style : QStringLiteral("Fusion");
    // A new style object costs start-up time: only when it changes.
    if (QApplication::style()->name().compare(style, Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(style));
    if (theme == Theme::System) {
        QApplication::setPalette(WindowStyle::readable(system.palette));
        return;
    }
    QApplication::setPalette(
        WindowStyle::readable(theme == Theme::Dark ? WindowStyle::darkPalette() : QApplication::style()->standardPalette()));
}

QStringList Preferences::languages()
{
    QStringList codes;
    for (const QString &file : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("rust-atlas_*.qm")}))
        codes << file.section(u'_', 1).section(u'.', 0, 0);
    return codes;
}
