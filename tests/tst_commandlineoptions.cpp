// SPDX-License-Identifier: MIT
// CommandLine::process() in this process: it returns what the program is to exit with instead
// of exiting, so every answer to bad options is checked here without starting the program.
#include "commandline.h"

#include <QCoreApplication>
#include <QTest>
#include <QTextStream>

class TestCommandLineOptions : public QObject
{
    Q_OBJECT

    struct Outcome
    {
        std::optional<int> exitCode;
        QString out;
        QString err;
    };

    static Outcome process(QStringList arguments)
    {
        arguments.prepend(QStringLiteral("rust-atlas"));
        Outcome outcome;
        QTextStream out(&outcome.out), err(&outcome.err);
        CommandLine commandLine;
        outcome.exitCode = commandLine.process(arguments, out, err);
        return outcome;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setApplicationName(QStringLiteral("rust-atlas"));
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7"));
    }

    void validOptionsGoOn()
    {
        const Outcome outcome = process({QStringLiteral("--list"), QStringLiteral("--limit"), QStringLiteral("5")});
        QVERIFY(!outcome.exitCode.has_value());
        QVERIFY(outcome.out.isEmpty() && outcome.err.isEmpty());
    }

    void helpAndVersionStopWithZero()
    {
        const Outcome help = process({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, std::optional<int>(0));
        QVERIFY(help.out.contains(QStringLiteral("--check-content")));
        const Outcome version = process({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, std::optional<int>(0));
        QCOMPARE(version.out, QStringLiteral("rust-atlas 9.8.7\n"));
    }

    void badOptionsStopWithOneLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const auto args = [](std::initializer_list<const char *> list) {
            QStringList out;
            for (const char *a : list)
                out << QString::fromUtf8(a);
            return out;
        };
        QTest::newRow("unknown option") << args({"--frobnicate"}) << QStringLiteral("Unknown option 'frobnicate'.");
        QTest::newRow("missing value") << args({"--limit"}) << QStringLiteral("Missing value after '--limit'.");
        QTest::newRow("zero limit") << args({"--limit", "0"}) << QStringLiteral("invalid --limit '0'; expected a positive number");
        QTest::newRow("paper") << args({"--paper", "B7"}) << QStringLiteral("invalid --paper 'B7'; expected one of: ");
        QTest::newRow("size") << args({"--size", "wide"}) << QStringLiteral("invalid --size 'wide'");
        QTest::newRow("two folders") << args({"/a", "/b"}) << QStringLiteral("unexpected argument '/b'; see --help");
        QTest::newRow("two contents") << args({"--content", "/a", "--content", "/b"})
                                      << QStringLiteral("--content may be given more than once only with --search");
        QTest::newRow("page and section") << args({"--page", "a", "--section", "b"})
                                          << QStringLiteral("--page and --section cannot be combined");
    }
    void badOptionsStopWithOneLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Outcome outcome = process(arguments);
        QCOMPARE(outcome.exitCode, std::optional<int>(1));
        QVERIFY(outcome.out.isEmpty());
        QVERIFY2(outcome.err.startsWith(QStringLiteral("rust-atlas: ") + message), qPrintable(outcome.err));
        QCOMPARE(outcome.err.count(u'\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestCommandLineOptions)
#include "tst_commandlineoptions.moc"
