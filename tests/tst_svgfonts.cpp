// SPDX-License-Identifier: MIT
// Font-family lists in SVG files become one family Qt can draw.
#include "content/svgfonts.h"

#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTest>

namespace {
QStringList familiesIn(const QByteArray &svg)
{
    QStringList families;
    static const QRegularExpression attribute(QStringLiteral("font-family(?:=\"([^\"]*)\"|:\\s*([^;\"]*))"));
    for (auto it = attribute.globalMatch(QString::fromUtf8(svg)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        families << (match.capturedStart(1) >= 0 ? match.captured(1) : match.captured(2)).trimmed();
    }
    return families;
}
} // namespace

class TestSvgFonts : public QObject
{
    Q_OBJECT

private slots:
    void listsBecomeOneInstalledFamily()
    {
        QFile file(QStringLiteral(RUST_ATLAS_TEST_DATA "/figure/font-lists.svg"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        const QStringList families = familiesIn(SvgFonts::resolved(svg));
        QCOMPARE(families.size(), 3);
        for (const QString &family : families.mid(0, 2)) {
            QVERIFY2(!family.contains(u',') && !family.contains(u'\''), qPrintable(family));
            QVERIFY2(QFontDatabase::hasFamily(family), qPrintable(family));
        }
        QCOMPARE(families.at(2), QStringLiteral("sans-serif")); // one name: left as written
        QVERIFY(QSvgRenderer(SvgFonts::resolved(svg)).isValid());
    }

    void genericNamesMapToTheirKind()
    {
        QVERIFY(QFontDatabase::isFixedPitch(SvgFonts::familyFor(QStringLiteral("'Nope', monospace"))));
        QVERIFY(!QFontDatabase::isFixedPitch(SvgFonts::familyFor(QStringLiteral("serif"))));
        QCOMPARE(SvgFonts::familyFor(QStringLiteral("\"Nothing\", Elsewhere")), QStringLiteral("Nothing"));
    }

    void filesWithoutListsAreUntouched()
    {
        const QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text font-family=\"DejaVu Sans\">x</text></svg>";
        QCOMPARE(SvgFonts::resolved(svg), svg);
        QCOMPARE(SvgFonts::resolved(QByteArray("\x1f\x8b compressed")), QByteArray("\x1f\x8b compressed"));
        QVERIFY(SvgFonts::load(QStringLiteral("/nonexistent.svg")).isEmpty());
    }
};

QTEST_MAIN(TestSvgFonts)
#include "tst_svgfonts.moc"
