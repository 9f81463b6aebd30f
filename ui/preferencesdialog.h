// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class PageView;
class QComboBox;
class QFontComboBox;
class QSettings;
class QSpinBox;

/// File › Preferences: the theme (system, light, dark) and the page font, applied at once,
/// and the interface language, used from the next start.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    PreferencesDialog(QSettings &settings, PageView *page, QWidget *parent = nullptr);

    void accept() override;

private:
    QSettings &m_settings;
    PageView *m_page;
    QComboBox *m_theme;
    QComboBox *m_language;
    QFontComboBox *m_font;
    QSpinBox *m_size;
};
