// SPDX-License-Identifier: MIT
#include "markdown/anchorgenerator.h"

#include <QTest>

class TestAnchorGenerator : public QObject
{
    Q_OBJECT

private slots:
    void slug_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("words") << QStringLiteral("Why Rust fits") << QStringLiteral("why-rust-fits");
        QTest::newRow("punctuation") << QStringLiteral("HPC (High-performance [Super]Computing)!")
                                     << QStringLiteral("hpc-high-performance-supercomputing");
        QTest::newRow("accents") << QStringLiteral("Café Crème") << QStringLiteral("café-crème");
        QTest::newRow("code") << QStringLiteral("The `tokio` runtime") << QStringLiteral("the-tokio-runtime");
        QTest::newRow("outer spaces") << QStringLiteral("  Padded  ") << QStringLiteral("padded");
    }
    void slug()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(AnchorGenerator::slug(text), expected);
    }

    void duplicatesGetSuffixes()
    {
        AnchorGenerator anchors;
        QCOMPARE(anchors.anchorFor(QStringLiteral("Notes")), QStringLiteral("notes"));
        QCOMPARE(anchors.anchorFor(QStringLiteral("Notes")), QStringLiteral("notes-1"));
        QCOMPARE(anchors.anchorFor(QStringLiteral("notes")), QStringLiteral("notes-2"));
    }

    void emptyHeadingStillGetsAnAnchor()
    {
        AnchorGenerator anchors;
        QCOMPARE(anchors.anchorFor(QStringLiteral("!!!")), QStringLiteral("section"));
        QCOMPARE(anchors.anchorFor(QString()), QStringLiteral("section-1"));
    }
};

QTEST_GUILESS_MAIN(TestAnchorGenerator)
#include "tst_anchorgenerator.moc"
