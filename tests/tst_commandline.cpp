// SPDX-License-Identifier: MIT
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY")); // headless commands must not need one
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(RUST_ATLAS_BINARY), arguments);
    if (!process.waitForFinished(60000))
        qFatal("rust-atlas did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

bool copyTree(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    for (const QFileInfo &entry : source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(entry.fileName());
        if (entry.isDir() ? !copyTree(entry.filePath(), target) : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void listShowsAudiencesAndCategories()
    {
        const Run result = run({QStringLiteral("--list")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        for (const char *audience : {"Teams of developers", "Students", "Open-source developers", "People who value speed and stability"})
            QVERIFY2(result.out.contains(u"\n    " + QLatin1String(audience) + u"  ["), audience);
        QVERIFY(result.out.contains(QStringLiteral("Category grid (24)")));
        QCOMPARE(result.out.count(QStringLiteral("  [categories/")), 24);
        QVERIFY(result.out.contains(QStringLiteral("  WebAssembly  [categories/webassembly]")));
    }

    void listOfAnotherFolder()
    {
        const Run result = run({QStringLiteral("--list"), QStringLiteral("--content"), QStringLiteral(RUST_ATLAS_TEST_DATA "/folder-notes")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("  The guide  [guide/index]\n    Setting up  [guide/setup]\n")));
    }

    void checkContentOfBundledPackIsClean()
    {
        const Run result = run({QStringLiteral("--check-content")});
        QCOMPARE(result.out, QString());
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.contains(QStringLiteral("0 problem(s) in 31 page(s)")));
    }

    void checkContentReportsEveryProblem()
    {
        QTemporaryDir dir;
        const QString pack = dir.filePath(QStringLiteral("pack"));
        QVERIFY(copyTree(QStringLiteral(RUST_ATLAS_TEST_DATA "/broken-pack"), pack));
        QFile huge(pack + QStringLiteral("/huge.md"));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(9 * 1024 * 1024));
        huge.close();
        QVERIFY(QFile::link(pack + QStringLiteral("/gone"), pack + QStringLiteral("/dangling.md")));

        const Run result = run({QStringLiteral("--check-content"), pack});
        QCOMPARE(result.exitCode, 1);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 11);
        const QStringList expected = {
            pack + QStringLiteral("/twin.md:1: duplicate page id"),
            pack + QStringLiteral("/latin1.md:4: invalid UTF-8"),
            pack + QStringLiteral("/empty.md:1: empty page"),
            pack + QStringLiteral("/huge.md:1: file is too large"),
            pack + QStringLiteral("/dangling.md:1: cannot read file"),
            pack + QStringLiteral("/audiences/makers.md:5: broken link '../tools.md#hammers'"),
            pack + QStringLiteral("/audiences/makers.md:7: missing image '../bench.png'"),
            pack + QStringLiteral("/audiences/makers.md:8: broken link '../../elsewhere.md'"),
            pack + QStringLiteral("/what.md:3: missing image 'icons/tools.svg'"),
            pack + QStringLiteral("/what.md:6: missing image 'pictures/gone.png'"),
            pack + QStringLiteral("/who.md:5: broken link 'missing.md'"),
        };
        for (const QString &prefix : expected) {
            const bool found = std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) { return line.startsWith(prefix); });
            QVERIFY2(found, qPrintable(prefix));
        }
        QVERIFY(result.err.contains(QStringLiteral("11 problem(s)")));
    }

    void errorsAreOneLineAndNonZero_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("missing folder") << QStringList{QStringLiteral("--list"), QStringLiteral("--content"), QStringLiteral("/nonexistent/pack")};
        QTest::newRow("check missing folder") << QStringList{QStringLiteral("--check-content"), QStringLiteral("/nonexistent/pack")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--list"), QStringLiteral("--frobnicate")};
        QTest::newRow("stray argument") << QStringList{QStringLiteral("--list"), QStringLiteral("extra")};
    }
    void errorsAreOneLineAndNonZero()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(arguments);
        QVERIFY(result.exitCode != 0);
        QVERIFY(result.out.isEmpty());
        QCOMPARE(result.err.trimmed().count(u'\n'), 0);
        QVERIFY(result.err.startsWith(QStringLiteral("rust-atlas: ")));
    }

    void helpAndVersion()
    {
        const Run version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QStringLiteral("rust-atlas " RUST_ATLAS_VERSION));
        const Run help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *option : {"--list", "--check-content", "--content <DIR>", "--version"})
            QVERIFY2(help.out.contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
