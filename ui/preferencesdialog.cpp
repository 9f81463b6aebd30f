// SPDX-License-Identifier: MIT
#include "preferencesdialog.h"

#include "lineicon.h"
#include "pageview.h"
#include "preferences.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(QSettings &settings, PageView *page, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_page(page), m_theme(new QComboBox), m_language(new QComboBox), m_font(new QFontComboBox),
      m_size(new QSpinBox)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const Preferences preferences(settings);

    m_theme->setObjectName(QStringLiteral("themeChoice"));
    m_theme->addItem(tr("As the system"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(preferences.theme())));

    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->addItem(tr("As the system"), QString());
    for (const QString &code : Preferences::languages()) {
        const QString name = QLocale(code).nativeLanguageName();
        m_language->addItem(name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language())));

    const QFont font = preferences.pageFont(page->baseFont());
    m_font->setObjectName(QStringLiteral("pageFontChoice"));
    m_font->setCurrentFont(font);
    m_size->setObjectName(QStringLiteral("pageFontSize"));
    m_size->setRange(6, 48);
    m_size->setSuffix(tr(" pt"));
    m_size->setValue(qRound(font.pointSizeF() > 0 ? font.pointSizeF() : 10));

    auto *languageNote = new QLabel(tr("The language is used from the next start."));
    languageNote->setWordWrap(true);
    languageNote->setEnabled(false);
    auto *form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Page &font:"), m_font);
    form->addRow(tr("Font &size:"), m_size);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    Preferences preferences(m_settings);
    const auto theme = Preferences::Theme(m_theme->currentData().toInt());
    preferences.setTheme(theme);
    preferences.setLanguage(m_language->currentData().toString());
    QFont font = m_font->currentFont();
    font.setPointSize(m_size->value());
    preferences.setPageFont(font);
    m_settings.sync();

    Preferences::applyTheme(theme);
    if (parentWidget())
        LineIcon::retint(parentWidget()->window(), QApplication::palette());
    m_page->setBaseFont(font);
    QDialog::accept();
}
