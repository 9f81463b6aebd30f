// SPDX-License-Identifier: MIT
#include "pack/pagetext.h"

#include <QTest>

class TestPageText : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line"); // of the reported problem; 0: none
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("isError");
        QTest::newRow("plain") << QByteArray("# A\n") << QByteArray("# A\n") << 0 << QString() << true;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF# A\n") << QByteArray("# A\n") << 0 << QString() << true;
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE#\0 \0"
                                                    "\xE9\0\n\0",
                                                    10)
                                      << QByteArray("# \xC3\xA9\n") << 1 << QStringLiteral("UTF-16 file") << false;
        QTest::newRow("utf-16be bom") << QByteArray("\xFE\xFF\0#\0 \0"
                                                    "\xE9\0\n",
                                                    10)
                                      << QByteArray("# \xC3\xA9\n") << 1 << QStringLiteral("UTF-16 file") << false;
        QTest::newRow("utf-16le without bom") << QByteArray("#\0 \0T\0i\0t\0l\0e\0\n\0", 16) << QByteArray("# Title\n") << 1
                                              << QStringLiteral("UTF-16 file") << false;
        QTest::newRow("invalid utf-8") << QByteArray("a\nb\xFF\n") << QByteArray("a\nb\xEF\xBF\xBD\n") << 2
                                       << QStringLiteral("invalid UTF-8 at byte 3") << true;
        QTest::newRow("nul byte") << QByteArray("a\n\nb\0c\n", 7)
                                  << QByteArray("a\n\nb\xEF\xBF\xBD"
                                                "c\n")
                                  << 3 << QStringLiteral("NUL byte") << true;
        QTest::newRow("one nul is not utf-16") << QByteArray("ab\0cd\n", 6)
                                               << QByteArray("ab\xEF\xBF\xBD"
                                                             "cd\n")
                                               << 1 << QStringLiteral("NUL byte") << true;
    }
    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        QFETCH(bool, isError);
        QVector<Problem> problems;
        QCOMPARE(PageText::decode(bytes, QStringLiteral("p.md"), &problems), text);
        QCOMPARE(problems.size(), line ? 1 : 0);
        if (line) {
            QCOMPARE(problems.first().file, QStringLiteral("p.md"));
            QCOMPARE(problems.first().line, line);
            QVERIFY2(problems.first().message.startsWith(message), qPrintable(problems.first().message));
            QCOMPARE(problems.first().isError(), isError);
        }
    }

    void cutsLongLinesAtACharacter()
    {
        // A two-byte "é" straddles the limit: the cut goes before it, never through it.
        const QByteArray longLine = QByteArray(PageText::MaxLineLength - 1, 'a') + "\xC3\xA9" + QByteArray(1000, 'b');
        const QByteArray bytes = "# Title\n\n" + longLine + "\nlast line\n";
        QVector<Problem> problems;
        const QByteArray text = PageText::decode(bytes, QStringLiteral("p.md"), &problems);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().line, 3);
        QVERIFY(problems.first().message.contains(QStringLiteral("shown cut")));
        const QList<QByteArray> lines = text.split('\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(2), QByteArray(PageText::MaxLineLength - 1, 'a') + " \xE2\x80\xA6");
        QCOMPARE(lines.at(3), QByteArray("last line"));
        QCOMPARE(PageText::firstInvalidUtf8(text), qsizetype(-1));
    }

    void longPageOfShortLinesIsUntouched()
    {
        const QByteArray bytes = QByteArray("short line\n").repeated(20000);
        QVector<Problem> problems;
        QCOMPARE(PageText::decode(bytes, QStringLiteral("p.md"), &problems), bytes);
        QVERIFY(problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPageText)
#include "tst_pagetext.moc"
