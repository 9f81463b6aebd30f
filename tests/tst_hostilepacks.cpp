// SPDX-License-Identifier: MIT
// Packs made to hurt a reader. Each loads what is valid, reports its problem with file:line
// (in the catalogue and on --check-content's one-line-per-problem output), and the real
// program showing the hostile page peaks at no more than twice the memory it needs for the same
// pack without the hostile files.
#include "content/catalogue.h"
#include "hostilefiles.h"
#include "markdown/markdownparser.h"
#include "pack/pagetext.h"
#include "peakmemory.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

namespace {

enum class Hostile {
    SymlinkLoop,
    SymlinkEscape,
    HugePng,
    SvgEntityBomb,
    SvgHugeViewBox,
    DeepQuotes,
    DeepLists,
    DeepEmphasis,
    LongLine,
    NulBytes,
    Utf16,
    Unreadable,
    NewlineInName
};

/// The pack every case starts from: two plain pages.
void writeBase(const QString &root)
{
    QVERIFY(TestFiles::write(root + QStringLiteral("/index.md"), "# Home\n\nSee [the other page](a.md).\n"));
    QVERIFY(TestFiles::write(root + QStringLiteral("/a.md"), "# A\n\nA plain page.\n"));
}

bool link(const char *target, const QString &path)
{
    return QFile::link(QString::fromUtf8(target), path);
}

void writeHostile(Hostile hostile, const QString &root)
{
    const auto file = [&root](const QString &name) -> QString { return root + u'/' + name; };
    const auto page = [&](const QByteArray &body) { QVERIFY(TestFiles::write(file(QStringLiteral("bad.md")), "# Bad\n\n" + body + '\n')); };
    switch (hostile) {
    case Hostile::SymlinkLoop:
        QVERIFY(link("loop.md", file(QStringLiteral("loop.md"))));
        QVERIFY(link("ring-b.md", file(QStringLiteral("ring-a.md"))));
        QVERIFY(link("ring-a.md", file(QStringLiteral("ring-b.md"))));
        QVERIFY(link(".", file(QStringLiteral("again")))); // a folder that holds itself
        break;
    case Hostile::SymlinkEscape:
        QVERIFY(link("/etc/passwd", file(QStringLiteral("passwd.md"))));
        QVERIFY(link("/etc", file(QStringLiteral("etc"))));
        QVERIFY(link("../../../../../../etc/hostname", file(QStringLiteral("host.md"))));
        break;
    case Hostile::HugePng:
        QVERIFY(TestFiles::write(file(QStringLiteral("huge.png")), HostileFiles::hugePng(30000, 30000)));
        page("![far too big](huge.png)");
        break;
    case Hostile::SvgEntityBomb:
        QVERIFY(TestFiles::write(file(QStringLiteral("bomb.svg")), HostileFiles::svgEntityBomb()));
        page("![bomb](bomb.svg)");
        break;
    case Hostile::SvgHugeViewBox:
        QVERIFY(TestFiles::write(file(QStringLiteral("view.svg")), HostileFiles::svgHugeViewBox()));
        page("![vast](view.svg)");
        break;
    case Hostile::DeepQuotes: page(QByteArray(100000, '>') + " deep"); break;
    case Hostile::DeepLists: page(QByteArray("- ").repeated(30000) + "deep"); break;
    case Hostile::DeepEmphasis: page(QByteArray(30000, '*') + "deep" + QByteArray(30000, '*')); break;
    case Hostile::LongLine: page(QByteArray("word ").repeated(1024 * 1024)); break;
    case Hostile::NulBytes: page(QByteArray("before\0after", 12)); break;
    case Hostile::Utf16: {
        const QString text = QStringLiteral("# Caf\u00e9\n\nWritten by an editor that saves UTF-16.\n");
        QByteArray bytes("\xFF\xFE", 2);
        bytes += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QVERIFY(TestFiles::write(file(QStringLiteral("bad.md")), bytes));
        break;
    }
    case Hostile::Unreadable:
        QVERIFY(TestFiles::write(file(QStringLiteral("locked.md")), "# Locked\n"));
        QVERIFY(QFile::setPermissions(file(QStringLiteral("locked.md")), QFileDevice::Permissions()));
        QCOMPARE(mkfifo(QFile::encodeName(file(QStringLiteral("pipe.md"))).constData(), 0600), 0);
        break;
    case Hostile::NewlineInName:
        QVERIFY(TestFiles::write(file(QStringLiteral("two\nlines.md")), "# Two lines\n\ntext\n[gone](missing.md)\n"));
        break;
    }
}

bool hasProblem(const QVector<Problem> &problems, const QString &file, int line, const QString &fragment)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [&](const Problem &p) { return p.file == file && p.line == line && p.message.contains(fragment); });
}

QString describe(const QVector<Problem> &problems)
{
    QString out;
    for (const Problem &p : problems)
        out += p.located(p.file) + u'\n';
    return out;
}

} // namespace

class TestHostilePacks : public QObject
{
    Q_OBJECT

private slots:
    void loadsTheValidAndReportsTheRest_data()
    {
        QTest::addColumn<Hostile>("hostile");
        QTest::addColumn<QString>("file"); // where the problem is reported
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("fragment");
        QTest::addColumn<QString>("shown"); // the page the window opens; its text must show
        QTest::newRow("symbolic link loops") << Hostile::SymlinkLoop << QStringLiteral("ring-a.md") << 1 << QStringLiteral("symbolic links")
                                             << QString();
        QTest::newRow("symbolic links out") << Hostile::SymlinkEscape << QStringLiteral("passwd.md") << 1
                                            << QStringLiteral("leads outside the pack") << QString();
        QTest::newRow("30,000-pixel PNG") << Hostile::HugePng << QStringLiteral("bad.md") << 3
                                          << QStringLiteral("is 30000 \u00d7 30000 pixels") << QStringLiteral("bad");
        QTest::newRow("SVG entity bomb") << Hostile::SvgEntityBomb << QStringLiteral("bad.md") << 3
                                         << QStringLiteral("declares XML entities") << QStringLiteral("bad");
        QTest::newRow("SVG huge viewBox") << Hostile::SvgHugeViewBox << QString() << 0 << QString() << QStringLiteral("bad");
        QTest::newRow("100,000 quotes deep") << Hostile::DeepQuotes << QStringLiteral("bad.md") << 3 << QStringLiteral("nested more than")
                                             << QStringLiteral("bad");
        QTest::newRow("30,000 lists deep") << Hostile::DeepLists << QStringLiteral("bad.md") << 3 << QStringLiteral("nested more than")
                                           << QStringLiteral("bad");
        QTest::newRow("30,000 emphases deep") << Hostile::DeepEmphasis << QStringLiteral("bad.md") << 3
                                              << QStringLiteral("nested more than") << QStringLiteral("bad");
        QTest::newRow("5 MB line") << Hostile::LongLine << QStringLiteral("bad.md") << 3 << QStringLiteral("line longer than")
                                   << QStringLiteral("bad");
        QTest::newRow("NUL bytes") << Hostile::NulBytes << QStringLiteral("bad.md") << 3 << QStringLiteral("NUL byte")
                                   << QStringLiteral("bad");
        QTest::newRow("UTF-16") << Hostile::Utf16 << QStringLiteral("bad.md") << 1 << QStringLiteral("UTF-16 file")
                                << QStringLiteral("bad");
        QTest::newRow("unreadable files") << Hostile::Unreadable << QStringLiteral("pipe.md") << 1 << QStringLiteral("not a regular file")
                                          << QString();
        QTest::newRow("newline in a file name") << Hostile::NewlineInName << QStringLiteral("two\nlines.md") << 4
                                                << QStringLiteral("missing.md") << QStringLiteral("two\nlines");
    }
    void loadsTheValidAndReportsTheRest()
    {
        QFETCH(Hostile, hostile);
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, fragment);
        QFETCH(QString, shown);
        QTemporaryDir pack;
        writeBase(pack.path());
        writeHostile(hostile, pack.path());
        if (QTest::currentTestFailed())
            return;

        const Catalogue catalogue = Catalogue::load(pack.path());
        QVERIFY(catalogue.page(QStringLiteral("index")));
        QVERIFY(catalogue.page(QStringLiteral("a")));
        QVERIFY2(file.isEmpty() || hasProblem(catalogue.problems(), file, line, fragment), qPrintable(describe(catalogue.problems())));
        for (const Page &page : catalogue.pages()) {
            const ParsedPage content = catalogue.content(page.id);
            QVERIFY2(!content.plainText.contains(QStringLiteral("root:x:0")), qPrintable(page.id)); // never /etc/passwd
        }
        if (!shown.isEmpty())
            QVERIFY(catalogue.content(shown).plainText.size() > 0);
        if (hostile == Hostile::Utf16)
            QCOMPARE(catalogue.page(QStringLiteral("bad"))->title, QStringLiteral("Caf\u00e9"));
        if (hostile == Hostile::Unreadable) { // root reads any file, whatever its permissions
            QCOMPARE(catalogue.page(QStringLiteral("locked")) != nullptr, geteuid() == 0);
        }

        // The report: one line per problem, a newline in a name written as "\n".
        const QString output = QString::fromUtf8(run(pack.path(), {QStringLiteral("--check-content")}).output);
        if (!file.isEmpty()) {
            const QString where = Problem::oneLine(QDir(pack.path()).filePath(file)) + u':' + QString::number(line) + u':';
            const QStringList lines = output.split(u'\n');
            QVERIFY2(
                std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.startsWith(where) && l.contains(fragment); }),
                qPrintable(output));
        }
    }

    void staysWithinTwiceTheMemoryOfTheSamePackWithout_data() { loadsTheValidAndReportsTheRest_data(); }
    void staysWithinTwiceTheMemoryOfTheSamePackWithout()
    {
        QFETCH(Hostile, hostile);
        QFETCH(QString, shown);
        QTemporaryDir clean, hostilePack;
        writeBase(clean.path());
        writeBase(hostilePack.path());
        writeHostile(hostile, hostilePack.path());
        if (QTest::currentTestFailed())
            return;
        const PeakMemory::Run floor = screenshot(clean.path(), QString());
        const PeakMemory::Run hurt = screenshot(hostilePack.path(), shown);
        QVERIFY2(floor.exitCode == 0, floor.output.constData());
        QVERIFY2(hurt.exitCode == 0, hurt.output.constData());
        qInfo("peak %lld KiB against %lld KiB without the hostile files (%.2fx)", hurt.peakKiB, floor.peakKiB,
              double(hurt.peakKiB) / double(floor.peakKiB));
        QVERIFY(floor.peakKiB > 0);
        QVERIFY(hurt.peakKiB <= 2 * floor.peakKiB);
    }

    void fiftyThousandFilesInOneFolder()
    {
        // Listed as the window first lists a large pack: by name, before any page is read
        // (reading 50,000 pages is the search benchmark's work, at 100,000).
        QTemporaryDir pack;
        writeBase(pack.path());
        for (int i = 0; i < 50000; ++i)
            QVERIFY(TestFiles::write(pack.filePath(QStringLiteral("note-%1.md").arg(i)), "# Note " + QByteArray::number(i) + '\n'));
        Catalogue::Options options;
        options.sketchAbove = 1000;
        const Catalogue catalogue = Catalogue::load(pack.path(), options);
        QVERIFY(catalogue.isSketch());
        QVERIFY2(catalogue.problems().isEmpty(), qPrintable(describe(catalogue.problems())));
        QCOMPARE(catalogue.pages().size(), 50002);
        QVERIFY(catalogue.page(QStringLiteral("note-49999")));
        QCOMPARE(catalogue.content(QStringLiteral("note-49999")).title, QStringLiteral("Note 49999"));
        QCOMPARE(int(catalogue.tree().children.size()), 50002);
    }

private:
    PeakMemory::Run run(const QString &pack, QStringList arguments)
    {
        arguments.prepend(pack);
        arguments.prepend(QStringLiteral("--content"));
        QStringList environment
            = {QStringLiteral("HOME=") + m_home.path(), QStringLiteral("XDG_CONFIG_HOME=") + m_home.filePath(QStringLiteral("config")),
               QStringLiteral("XDG_DATA_HOME=") + m_home.filePath(QStringLiteral("data")),
               QStringLiteral("XDG_CACHE_HOME=") + m_home.filePath(QStringLiteral("cache")), QStringLiteral("QT_QPA_PLATFORM=offscreen")};
        // Under AddressSanitizer, freed memory waits in a quarantine of up to 256 MB by default,
        // which would count against whichever run freed more.
        if (const QByteArray asan = qgetenv("ASAN_OPTIONS"); !asan.isEmpty())
            environment << QStringLiteral("ASAN_OPTIONS=") + QString::fromLocal8Bit(asan) + QStringLiteral(":quarantine_size_mb=8");
        return PeakMemory::run(QStringLiteral(RUST_ATLAS_BINARY), arguments, environment, m_home.filePath(QStringLiteral("output.txt")));
    }

    PeakMemory::Run screenshot(const QString &pack, const QString &page)
    {
        QStringList arguments = {QStringLiteral("--screenshot"), m_home.filePath(QStringLiteral("shot.png")), QStringLiteral("--size"),
                                 QStringLiteral("1000x700")};
        if (!page.isEmpty())
            arguments << QStringLiteral("--page") << page;
        return run(pack, arguments);
    }

    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestHostilePacks)
#include "tst_hostilepacks.moc"
