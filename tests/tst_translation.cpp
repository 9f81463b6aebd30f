// SPDX-License-Identifier: MIT
#include <QFile>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

/// The German interface translation: compiled into the resources, complete, and found by locale.
class TestTranslation : public QObject
{
    Q_OBJECT

    static QString tsFile() { return QStringLiteral(RUST_ATLAS_SOURCE_DIR "/resources/translations/rust-atlas_de.ts"); }
    static QString qmResource() { return QStringLiteral(":/i18n/rust-atlas_de.qm"); }

    /// %1…%99 and %n, sorted: a translation must use the same ones as its source.
    static QStringList placeholders(const QString &text)
    {
        static const QRegularExpression pattern(QStringLiteral("%(?:\\d{1,2}|n)"));
        QStringList found;
        for (auto it = pattern.globalMatch(text); it.hasNext();)
            found.push_back(it.next().captured());
        found.sort();
        return found;
    }

private slots:
    void translatesKnownStrings_data()
    {
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("back") << QByteArrayLiteral("BrowserActions") << QByteArrayLiteral("&Back") << -1 << QStringLiteral("&Zur\u00fcck");
        QTest::newRow("zoom in") << QByteArrayLiteral("BrowserActions") << QByteArrayLiteral("Zoom &In") << -1
                                 << QStringLiteral("Ver&gr\u00f6\u00dfern");
        QTest::newRow("find in page") << QByteArrayLiteral("BrowserActions") << QByteArrayLiteral("&Find in Page\u2026") << -1
                                      << QStringLiteral("Auf Seite &suchen \u2026");
        QTest::newRow("file menu") << QByteArrayLiteral("BrowserActions") << QByteArrayLiteral("&File") << -1 << QStringLiteral("&Datei");
        QTest::newRow("print preview") << QByteArrayLiteral("PrintController") << QByteArrayLiteral("Print Pre&view\u2026") << -1
                                       << QStringLiteral("Druck&vorschau \u2026");
        QTest::newRow("export pdf") << QByteArrayLiteral("PrintController") << QByteArrayLiteral("&Export PDF\u2026") << -1
                                    << QStringLiteral("Als PDF &exportieren \u2026");
        QTest::newRow("pane title") << QByteArrayLiteral("MainWindow") << QByteArrayLiteral("&Audiences") << -1
                                    << QStringLiteral("&Zielgruppen");
        QTest::newRow("find bar count") << QByteArrayLiteral("FindBar") << QByteArrayLiteral("%1 of %2") << -1
                                        << QStringLiteral("%1 von %2");
        QTest::newRow("page footer") << QByteArrayLiteral("PaginatedPrinter") << QByteArrayLiteral("Page %1 of %2") << -1
                                     << QStringLiteral("Seite %1 von %2");
        QTest::newRow("one result") << QByteArrayLiteral("SearchPanel") << QByteArrayLiteral("%n result(s)") << 1
                                    << QStringLiteral("%n Ergebnis");
        QTest::newRow("many results") << QByteArrayLiteral("SearchPanel") << QByteArrayLiteral("%n result(s)") << 7
                                      << QStringLiteral("%n Ergebnisse");
        QTest::newRow("no results") << QByteArrayLiteral("SearchPanel") << QByteArrayLiteral("%n result(s)") << 0
                                    << QStringLiteral("%n Ergebnisse");
        QTest::newRow("cli wrote") << QByteArrayLiteral("CommandLine") << QByteArrayLiteral("Wrote %1 (%n page(s))") << 3
                                   << QStringLiteral("%1 geschrieben (%n Seiten)");
    }

    void translatesKnownStrings()
    {
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QVERIFY(QFile::exists(qmResource()));
        QTranslator translator;
        QVERIFY(translator.load(qmResource()));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language(), QStringLiteral("de_DE"));
        QCOMPARE(translator.translate(context.constData(), source.constData(), nullptr, n), expected);
    }

    void tsFileIsComplete()
    {
        QFile file(tsFile());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        int messages = 0;
        bool numerus = false;
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), QStringLiteral("TS"));
        QCOMPARE(xml.attributes().value(QStringLiteral("language")), QStringLiteral("de_DE"));
        while (!xml.atEnd()) {
            if (!xml.readNext() || !xml.isStartElement())
                continue;
            if (xml.name() == QStringLiteral("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QStringLiteral("message")) {
                ++messages;
                numerus = xml.attributes().value(QStringLiteral("numerus")) == QStringLiteral("yes");
                source.clear();
            } else if (xml.name() == QStringLiteral("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QStringLiteral("translation")) {
                const QString where = context + QStringLiteral(": ") + source;
                QVERIFY2(!source.isEmpty(), qPrintable(where));
                QVERIFY2(xml.attributes().value(QStringLiteral("type")) != QStringLiteral("unfinished"), qPrintable(where));
                QVERIFY2(!xml.attributes().hasAttribute(QStringLiteral("type")), qPrintable(where));
                QStringList forms;
                if (numerus) {
                    while (xml.readNextStartElement()) {
                        QCOMPARE(xml.name(), QStringLiteral("numerusform"));
                        forms.push_back(xml.readElementText());
                    }
                    // German has two forms: one, and everything else.
                    QVERIFY2(forms.size() == 2, qPrintable(where));
                } else {
                    forms.push_back(xml.readElementText());
                }
                for (const QString &form : std::as_const(forms)) {
                    QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where));
                    QVERIFY2(placeholders(form) == placeholders(source), qPrintable(where + QStringLiteral(" -> ") + form));
                    QVERIFY2(form.count(u'&') == source.count(u'&'), qPrintable(where + QStringLiteral(" -> ") + form));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages >= 60, qPrintable(QString::number(messages)));
    }

    void loadsByLocale()
    {
        QTranslator translator;
        QVERIFY(
            translator.load(QLocale(QStringLiteral("de_DE")), QStringLiteral("rust-atlas"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(translator.filePath(), qmResource());
        QCOMPARE(translator.translate("BrowserActions", "&Back"), QStringLiteral("&Zur\u00fcck"));

        QTranslator austrian;
        QVERIFY(
            austrian.load(QLocale(QStringLiteral("de_AT")), QStringLiteral("rust-atlas"), QStringLiteral("_"), QStringLiteral(":/i18n")));
        QCOMPARE(austrian.filePath(), qmResource());
    }
};

QTEST_GUILESS_MAIN(TestTranslation)
#include "tst_translation.moc"
