// SPDX-License-Identifier: MIT
#include "markdown/markdownparser.h"
#include "pack/titledisambiguator.h"

#include <QTest>

namespace {
Page page(const QString &path, const QByteArray &markdown)
{
    Page p;
    p.path = path;
    p.id = path.left(path.lastIndexOf(u'.'));
    const ParsedPage content = MarkdownParser::parse(markdown);
    p.ownTitle = content.title.isEmpty() && !content.headings.isEmpty() ? content.headings.first().text : content.title;
    p.featureName = TitleDisambiguator::featureName(content.plainText);
    return p;
}
} // namespace

class TestTitleDisambiguator : public QObject
{
    Q_OBJECT

private slots:
    void readableName_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("name");
        QTest::newRow("rfc") << "text/0002-async-closures.md"
                             << "0002 async closures";
        QTest::newRow("underscores") << "page_10.md"
                                     << "Page 10";
        QTest::newRow("plain") << "notes.md"
                               << "Notes";
    }
    void readableName()
    {
        QFETCH(QString, path);
        QFETCH(QString, name);
        QCOMPARE(TitleDisambiguator::readableName(path), name);
    }

    void uniqueTitlesStay()
    {
        QVector<Page> pages{page(QStringLiteral("a.md"), "# Ownership\n"), page(QStringLiteral("b.md"), "# Borrowing\n")};
        TitleDisambiguator::apply(&pages);
        QCOMPARE(pages.at(0).title, QStringLiteral("Ownership"));
        QCOMPARE(pages.at(1).title, QStringLiteral("Borrowing"));
    }

    void sharedTitlesUseFeatureNamesThenFileNames()
    {
        QVector<Page> pages{
            page(QStringLiteral("0001-first.md"), "- Feature Name: `tidy_borrows`\n- Start Date: 2024-01-02\n\n# Summary\n\nText.\n"),
            page(QStringLiteral("0002-second.md"), "- Feature Name: N/A\n\n# Summary\n\nText.\n"),
            page(QStringLiteral("0003-third.md"), "# Summary\n\nText.\n"),
            page(QStringLiteral("other.md"), "# Motivation\n"),
        };
        TitleDisambiguator::apply(&pages);
        QCOMPARE(pages.at(0).title, QStringLiteral("tidy_borrows"));
        QCOMPARE(pages.at(1).title, QStringLiteral("0002 second"));
        QCOMPARE(pages.at(2).title, QStringLiteral("0003 third"));
        QCOMPARE(pages.at(3).title, QStringLiteral("Motivation"));
    }

    void sameFeatureNameKeepsFilesApart()
    {
        QVector<Page> pages{page(QStringLiteral("0001-a.md"), "- Feature Name: `same`\n\n# Summary\n"),
                            page(QStringLiteral("0002-b.md"), "- Feature Name: `same`\n\n# Summary\n")};
        TitleDisambiguator::apply(&pages);
        QCOMPARE(pages.at(0).title, QStringLiteral("same (0001-a)"));
        QCOMPARE(pages.at(1).title, QStringLiteral("same (0002-b)"));
    }

    void untitledPageUsesHeadingThenFileName()
    {
        QVector<Page> pages{page(QStringLiteral("notes/first-steps.md"), "Just text, no heading.\n"),
                            page(QStringLiteral("x.md"), "## A second-level heading\n")};
        TitleDisambiguator::apply(&pages);
        QCOMPARE(pages.at(0).title, QStringLiteral("First steps"));
        QCOMPARE(pages.at(1).title, QStringLiteral("A second-level heading"));
    }
};

QTEST_GUILESS_MAIN(TestTitleDisambiguator)
#include "tst_titledisambiguator.moc"
