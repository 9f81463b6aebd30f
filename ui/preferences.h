// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QString>

class QSettings;

/// What the reader chose in Preferences, kept in the settings: the theme, the interface
/// language and the page font. --dark and --lang override the first two for one run.
class Preferences
{
public:
    enum class Theme { System, Light, Dark };

    explicit Preferences(QSettings &settings) : m_settings(settings) { }

    Theme theme() const;
    void setTheme(Theme theme);
    /// A language code ("de"), or empty for the system's language.
    QString language() const;
    void setLanguage(const QString &language);
    /// The font pages are shown in; @p fallback when none was chosen.
    QFont pageFont(const QFont &fallback) const;
    void setPageFont(const QFont &font);

    /// Gives the application @p theme's style and palette (the system's as it was at start,
    /// Fusion light, or Fusion dark), brought up to AA contrast.
    static void applyTheme(Theme theme);
    /// The languages the interface ships in, as codes ("en", "de").
    static QStringList languages();

private:
    QSettings &m_settings;
};
