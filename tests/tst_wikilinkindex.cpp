// SPDX-License-Identifier: MIT
// The fixture vault tests/data/vault has exactly one broken wikilink: [[Missing Note]] in
// concepts/Borrowing.md, line 17 (1-based, counting the front matter lines).
#include "pack/wikilinkindex.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {
QStringList sampleVault()
{
    return {QStringLiteral("Welcome.md"),
            QStringLiteral("concepts/Ownership.md"),
            QStringLiteral("concepts/Summary.md"),
            QStringLiteral("practice/Summary.md"),
            QStringLiteral("practice/deep/er/Summary.md"),
            QStringLiteral("zz/Twin.md"),
            QStringLiteral("aa/Twin.md"),
            QStringLiteral("a/Long.md"),
            QStringLiteral("bbbbbb/Long.md"),
            QStringLiteral("x/y/Deep.md"),
            QStringLiteral("longfoldername/Deep.md"),
            QStringLiteral("notes/Rust 1.75.md"),
            QStringLiteral("notes/Old Style.markdown"),
            QStringLiteral("attachments/diagram.png"),
            QStringLiteral("attachments/Report.PDF"),
            QStringLiteral("attachments/Ownership.png")};
}
} // namespace

class TestWikiLinkIndex : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("expected");
        QTest::newRow("root note") << "Welcome"
                                   << "concepts/Ownership.md"
                                   << "Welcome.md";
        QTest::newRow("note in a folder") << "Ownership"
                                          << "Welcome.md"
                                          << "concepts/Ownership.md";
        QTest::newRow("same folder wins") << "Summary"
                                          << "practice/Exercises.md"
                                          << "practice/Summary.md";
        QTest::newRow("same folder, deep") << "Summary"
                                           << "practice/deep/er/Other.md"
                                           << "practice/deep/er/Summary.md";
        QTest::newRow("fewest folders") << "Deep"
                                        << "Welcome.md"
                                        << "longfoldername/Deep.md";
        QTest::newRow("shortest path") << "Long"
                                       << "Welcome.md"
                                       << "a/Long.md";
        QTest::newRow("sorted order on a tie") << "Twin"
                                               << "Welcome.md"
                                               << "aa/Twin.md";
        QTest::newRow("tie, same folder") << "Twin"
                                          << "zz/Other.md"
                                          << "zz/Twin.md";
        QTest::newRow("lower case") << "ownership"
                                    << "Welcome.md"
                                    << "concepts/Ownership.md";
        QTest::newRow("upper case") << "WELCOME.MD"
                                    << "Welcome.md"
                                    << "Welcome.md";
        QTest::newRow("explicit path") << "practice/Summary"
                                       << "concepts/Ownership.md"
                                       << "practice/Summary.md";
        QTest::newRow("explicit path, other case") << "CONCEPTS/summary"
                                                   << "practice/Summary.md"
                                                   << "concepts/Summary.md";
        QTest::newRow("partial path") << "deep/er/Summary"
                                      << "Welcome.md"
                                      << "practice/deep/er/Summary.md";
        QTest::newRow("vault absolute") << "/concepts/Summary"
                                        << "practice/Summary.md"
                                        << "concepts/Summary.md";
        QTest::newRow("relative parent") << "../concepts/Summary"
                                         << "practice/Summary.md"
                                         << "concepts/Summary.md";
        QTest::newRow("relative same folder") << "./Summary.md"
                                              << "concepts/Ownership.md"
                                              << "concepts/Summary.md";
        QTest::newRow("md extension") << "Ownership.md"
                                      << "Welcome.md"
                                      << "concepts/Ownership.md";
        QTest::newRow("markdown extension") << "Old Style"
                                            << "Welcome.md"
                                            << "notes/Old Style.markdown";
        QTest::newRow("dot in a note name") << "Rust 1.75"
                                            << "Welcome.md"
                                            << "notes/Rust 1.75.md";
        QTest::newRow("attachment") << "diagram.png"
                                    << "concepts/Ownership.md"
                                    << "attachments/diagram.png";
        QTest::newRow("attachment, other case") << "report.pdf"
                                                << "Welcome.md"
                                                << "attachments/Report.PDF";
        QTest::newRow("bare name prefers the note") << "Ownership"
                                                    << "attachments/x.md"
                                                    << "concepts/Ownership.md";
        QTest::newRow("attachment by full name") << "Ownership.png"
                                                 << "Welcome.md"
                                                 << "attachments/Ownership.png";
        QTest::newRow("heading is ignored") << "Ownership#Moves"
                                            << "Welcome.md"
                                            << "concepts/Ownership.md";
        QTest::newRow("unknown") << "Missing Note"
                                 << "Welcome.md"
                                 << "";
        QTest::newRow("unknown folder") << "elsewhere/Summary"
                                        << "Welcome.md"
                                        << "";
        QTest::newRow("folder name is not a note") << "concepts"
                                                   << "Welcome.md"
                                                   << "";
        QTest::newRow("leaves the vault") << "../../Welcome"
                                          << "concepts/Ownership.md"
                                          << "";
        QTest::newRow("no extension guess for attachments") << "diagram"
                                                            << "Welcome.md"
                                                            << "";
        QTest::newRow("same page") << ""
                                   << "Welcome.md"
                                   << "";
    }
    void resolve()
    {
        QFETCH(QString, target);
        QFETCH(QString, from);
        QFETCH(QString, expected);
        const WikiLinkIndex index(sampleVault());
        QCOMPARE(index.resolve(target, from), expected);
    }

    void aliases_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("expected");
        QTest::newRow("alias") << "Move semantics"
                               << "concepts/Ownership.md";
        QTest::newRow("alias, other case") << "move SEMANTICS"
                                           << "concepts/Ownership.md";
        QTest::newRow("file name beats alias") << "Welcome"
                                               << "Welcome.md";
        QTest::newRow("alias with a heading") << "Move semantics#Copy"
                                              << "concepts/Ownership.md";
        QTest::newRow("alias is no path") << "concepts/Move semantics"
                                          << "";
    }
    void aliases()
    {
        QFETCH(QString, target);
        QFETCH(QString, expected);
        WikiLinkIndex index(sampleVault());
        QCOMPARE(index.resolve(QStringLiteral("Move semantics"), QStringLiteral("Welcome.md")), QString());
        index.addAlias(QStringLiteral(" Move semantics "), QStringLiteral("concepts/Ownership.md"));
        index.addAlias(QStringLiteral("Welcome"), QStringLiteral("practice/Summary.md"));
        QCOMPARE(index.resolve(target, QStringLiteral("Welcome.md")), expected);
    }

    void split_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("alias");
        QTest::newRow("note") << "Note"
                              << "Note"
                              << ""
                              << "";
        QTest::newRow("alias") << "Note|shown text"
                               << "Note"
                               << ""
                               << "shown text";
        QTest::newRow("heading") << "Note#Some heading"
                                 << "Note"
                                 << "Some heading"
                                 << "";
        QTest::newRow("heading and alias") << "Note#Heading|Alias"
                                           << "Note"
                                           << "Heading"
                                           << "Alias";
        QTest::newRow("nested headings") << "Note#Part#Detail"
                                         << "Note"
                                         << "Part#Detail"
                                         << "";
        QTest::newRow("block") << "Note^block-id"
                               << "Note"
                               << "^block-id"
                               << "";
        QTest::newRow("hash block") << "Note#^block-id"
                                    << "Note"
                                    << "^block-id"
                                    << "";
        QTest::newRow("block and alias") << "Note#^b1|see there"
                                         << "Note"
                                         << "^b1"
                                         << "see there";
        QTest::newRow("same page heading") << "#Heading"
                                           << ""
                                           << "Heading"
                                           << "";
        QTest::newRow("folder path") << "folder/Note|x"
                                     << "folder/Note"
                                     << ""
                                     << "x";
        QTest::newRow("extension") << "image.png|100"
                                   << "image.png"
                                   << ""
                                   << "100";
        QTest::newRow("table escape") << "Note\\|in a table"
                                      << "Note"
                                      << ""
                                      << "in a table";
        QTest::newRow("brackets") << "[[Note#H|A]]"
                                  << "Note"
                                  << "H"
                                  << "A";
        QTest::newRow("embed") << "![[diagram.png]]"
                               << "diagram.png"
                               << ""
                               << "";
        QTest::newRow("spaces") << "  Note  #  Heading | Alias "
                                << "Note"
                                << "Heading"
                                << "Alias";
        QTest::newRow("pipe in alias") << "Note|a|b"
                                       << "Note"
                                       << ""
                                       << "a|b";
        QTest::newRow("empty") << ""
                               << ""
                               << ""
                               << "";
    }
    void split()
    {
        QFETCH(QString, link);
        QFETCH(QString, target);
        QFETCH(QString, heading);
        QFETCH(QString, alias);
        const WikiLinkIndex::Parts parts = WikiLinkIndex::split(link);
        QCOMPARE(parts.target, target);
        QCOMPARE(parts.heading, heading);
        QCOMPARE(parts.alias, alias);
    }

    void fixtureVault()
    {
        const QString root = QStringLiteral(RUST_ATLAS_TEST_DATA "/vault");
        QStringList paths;
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths.append(it.next().mid(root.size() + 1));
        QVERIFY(paths.contains(QStringLiteral("attachments/diagram.png")));
        WikiLinkIndex index(paths);
        // The one alias used as a link target; front matter parsing has its own test.
        index.addAlias(QStringLiteral("Move semantics"), QStringLiteral("concepts/Ownership.md"));
        index.addAlias(QStringLiteral("Lifetime annotations"), QStringLiteral("concepts/Lifetimes.md"));

        static const QRegularExpression wikilink(QStringLiteral("!?\\[\\[([^\\]]+)\\]\\]"));
        QStringList broken;
        int links = 0;
        for (const QString &path : std::as_const(paths)) {
            if (!path.endsWith(QStringLiteral(".md")))
                continue;
            QFile file(root + u'/' + path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (int i = 0; i < lines.size(); ++i) {
                for (const QRegularExpressionMatch &m : wikilink.globalMatch(lines.at(i))) {
                    ++links;
                    if (index.resolve(m.captured(1), path).isEmpty())
                        broken.append(path + u':' + QString::number(i + 1) + u' ' + m.captured(1));
                }
            }
        }
        QVERIFY(links >= 20);
        QCOMPARE(broken, QStringList{QStringLiteral("concepts/Borrowing.md:17 Missing Note")});
        QCOMPARE(index.resolve(QStringLiteral("Summary"), QStringLiteral("concepts/Borrowing.md")), QStringLiteral("concepts/Summary.md"));
        QCOMPARE(index.resolve(QStringLiteral("Summary"), QStringLiteral("practice/Exercises.md")), QStringLiteral("practice/Summary.md"));
        QCOMPARE(index.resolve(QStringLiteral("Checklist"), QStringLiteral("Welcome.md")), QStringLiteral("practice/Checklist.md"));
    }
};

QTEST_GUILESS_MAIN(TestWikiLinkIndex)
#include "tst_wikilinkindex.moc"
