// SPDX-License-Identifier: MIT
// Preferences: theme, language and page font, kept in the settings and applied.
#include "content/catalogue.h"
#include "pageview.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "windowstyle.h"

#include <QApplication>
#include <QComboBox>
#include <QFontComboBox>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

class TestPreferences : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

private slots:
    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("p.ini")));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
    }

    void cleanup() { Preferences::applyTheme(Preferences::Theme::System); }

    void defaultsAndRoundTrip()
    {
        Preferences preferences(*m_settings);
        QCOMPARE(preferences.theme(), Preferences::Theme::System);
        QVERIFY(preferences.language().isEmpty());
        const QFont fallback(QStringLiteral("DejaVu Sans"), 11);
        QCOMPARE(preferences.pageFont(fallback), fallback);

        preferences.setTheme(Preferences::Theme::Dark);
        preferences.setLanguage(QStringLiteral("de"));
        preferences.setPageFont(QFont(QStringLiteral("DejaVu Serif"), 14));
        const Preferences again(*m_settings);
        QCOMPARE(again.theme(), Preferences::Theme::Dark);
        QCOMPARE(again.language(), QStringLiteral("de"));
        QCOMPARE(again.pageFont(fallback).family(), QStringLiteral("DejaVu Serif"));
        QCOMPARE(again.pageFont(fallback).pointSize(), 14);
    }

    void badValuesFallBack()
    {
        m_settings->setValue(QStringLiteral("preferences/theme"), QStringLiteral("neon"));
        m_settings->setValue(QStringLiteral("preferences/language"), QStringLiteral("xx"));
        m_settings->setValue(QStringLiteral("preferences/pageFont"), QStringLiteral("not,a,font,at,all,,,,,,,,,,,,,,,,,,"));
        const Preferences preferences(*m_settings);
        QCOMPARE(preferences.theme(), Preferences::Theme::System);
        QVERIFY(preferences.language().isEmpty()); // a language that does not ship
        const QFont fallback(QStringLiteral("DejaVu Sans"), 11);
        QCOMPARE(preferences.pageFont(fallback).pointSize(), 11);
    }

    void shippedLanguages()
    {
        const QStringList codes = Preferences::languages();
        QVERIFY(codes.contains(QStringLiteral("de")));
        QVERIFY(codes.contains(QStringLiteral("en")));
    }

    void themesChangeTheWholeApplication()
    {
        const QPalette system = QApplication::palette();
        Preferences::applyTheme(Preferences::Theme::Dark);
        QVERIFY(WindowStyle::isDark(QApplication::palette()));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        Preferences::applyTheme(Preferences::Theme::Light);
        QVERIFY(!WindowStyle::isDark(QApplication::palette()));
        QVERIFY(WindowStyle::contrast(QApplication::palette().color(QPalette::HighlightedText),
                                      QApplication::palette().color(QPalette::Highlight))
                >= 4.5);
        Preferences::applyTheme(Preferences::Theme::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
    }

    void dialogSavesAndApplies()
    {
        const Catalogue catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
        QWidget window;
        auto *page = new PageView(catalogue, &window);
        QVERIFY(page->showPage(QStringLiteral("index")));
        PreferencesDialog dialog(*m_settings, page, &window);
        auto *theme = dialog.findChild<QComboBox *>(QStringLiteral("themeChoice"));
        auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageChoice"));
        auto *size = dialog.findChild<QSpinBox *>(QStringLiteral("pageFontSize"));
        QVERIFY(theme && language && size && dialog.findChild<QFontComboBox *>(QStringLiteral("pageFontChoice")));
        QCOMPARE(theme->currentData().toInt(), int(Preferences::Theme::System));
        theme->setCurrentIndex(theme->findData(int(Preferences::Theme::Dark)));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QVERIFY(language->currentText().startsWith(QStringLiteral("Deutsch")));
        size->setValue(17);
        dialog.accept();

        const Preferences saved(*m_settings);
        QCOMPARE(saved.theme(), Preferences::Theme::Dark);
        QCOMPARE(saved.language(), QStringLiteral("de"));
        QCOMPARE(saved.pageFont(QFont()).pointSize(), 17);
        QVERIFY(WindowStyle::isDark(QApplication::palette()));
        QCOMPARE(page->baseFont().pointSize(), 17);
        QCOMPARE(page->document()->defaultFont().pointSize(), 17); // at 100 % zoom
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
