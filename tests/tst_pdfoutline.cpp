// SPDX-License-Identifier: MIT
// PDF bookmarks: written into real PDFs and read back by poppler (pdftohtml -xml).
#include "content/catalogue.h"
#include "print/pdfexporter.h"
#include "print/pdfoutline.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray threePages()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        for (int page = 1; page <= 3; ++page) {
            if (page > 1)
                writer.newPage();
            painter.drawText(100, 100, QStringLiteral("Page %1").arg(page));
        }
    }
    return buffer.data();
}

/// The outline as poppler reads it: "level|page|title" lines.
QStringList outlineOf(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftohtml"),
                  {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-q"), QStringLiteral("-stdout"), pdf});
    process.waitForFinished(30000);
    QStringList items;
    int depth = 0;
    const QString xml = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression token(QStringLiteral("<outline>|</outline>|<item page=\"(\\d+)\">([^<]*)</item>"));
    for (auto it = token.globalMatch(xml); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured() == QLatin1String("<outline>"))
            ++depth;
        else if (match.captured() == QLatin1String("</outline>"))
            --depth;
        else
            items << QStringLiteral("%1|%2|%3").arg(depth - 1).arg(match.captured(1), match.captured(2));
    }
    return items;
}

QString saved(const QTemporaryDir &dir, const QByteArray &pdf, const QString &name)
{
    QFile file(dir.filePath(name));
    file.open(QIODevice::WriteOnly);
    file.write(pdf);
    return file.fileName();
}
} // namespace

class TestPdfOutline : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void bookmarksAreReadByPoppler()
    {
        QByteArray pdf = threePages();
        const QVector<PdfOutline::Entry> entries{{QStringLiteral("Cover"), 0, 1},
                                                 {QStringLiteral("Part one"), 0, 2},
                                                 {QStringLiteral("Caf\u00e9 \u2014 \u00fcber"), 1, 2},
                                                 {QStringLiteral("Deeper"), 2, 3},
                                                 {QStringLiteral("Part two"), 0, 3}};
        QVERIFY(PdfOutline::add(&pdf, entries));
        const QString file = saved(m_dir, pdf, QStringLiteral("outline.pdf"));
        QCOMPARE(outlineOf(file),
                 (QStringList{QStringLiteral("0|1|Cover"), QStringLiteral("0|2|Part one"), QStringLiteral("1|2|Caf\u00e9 \u2014 \u00fcber"),
                              QStringLiteral("2|3|Deeper"), QStringLiteral("0|3|Part two")}));
        // The pages themselves are untouched.
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString all = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(all.contains(QStringLiteral("Page 1")) && all.contains(QStringLiteral("Page 3")));
    }

    void unexpectedFilesAreLeftAlone()
    {
        QByteArray garbage("not a pdf at all");
        QVERIFY(!PdfOutline::add(&garbage, {{QStringLiteral("x"), 0, 1}}));
        QCOMPARE(garbage, QByteArray("not a pdf at all"));
        QByteArray pdf = threePages();
        const QByteArray before = pdf;
        QVERIFY(!PdfOutline::add(&pdf, {{QStringLiteral("beyond the end"), 0, 4}}));
        QCOMPARE(pdf, before);
        QVERIFY(PdfOutline::add(&pdf, {{QStringLiteral("once"), 0, 1}}));
        QVERIFY(!PdfOutline::add(&pdf, {{QStringLiteral("twice"), 0, 1}})); // it has one already
    }

    void theAtlasBookletHasItsContentsAsBookmarks()
    {
        const Catalogue catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
        const QString file = m_dir.filePath(QStringLiteral("atlas.pdf"));
        QVERIFY(PdfExporter::exportPdf(catalogue, PrintSelection::section(PrintSelection::Kind::Atlas), file, QPageSize(QPageSize::A4)).ok);
        const QStringList outline = outlineOf(file);
        QVERIFY2(outline.size() == int(catalogue.pages().size()) + 1, qPrintable(outline.join(u'\n'))); // every page and the contents
        QVERIFY(outline.first().endsWith(QStringLiteral("|Contents")));
        QVERIFY(outline.filter(QStringLiteral("|Who Rust is for")).first().startsWith(u'0'));
        QVERIFY(outline.filter(QStringLiteral("|Students")).first().startsWith(u'1')); // under its overview
    }
};

QTEST_MAIN(TestPdfOutline)
#include "tst_pdfoutline.moc"
