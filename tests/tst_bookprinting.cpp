// SPDX-License-Identifier: MIT
// A book printed as a book, and a notes folder by folder and by tag: what a reader of the PDF
// sees, read back with pdftotext.
#include "content/catalogue.h"
#include "poppler.h"
#include "print/pdfexporter.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <initializer_list>
#include <tuple>

using namespace Poppler;

class TestBookPrinting : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Catalogue m_book;

    struct Printed
    {
        PdfExporter::Result result;
        QVector<QStringList> pages; ///< the lines of each page
    };

    Printed print(const Catalogue &pack, const PrintSelection &selection, const QString &name)
    {
        Printed printed;
        const QString pdf = m_dir.filePath(name);
        printed.result = PdfExporter::exportPdf(pack, selection, pdf, QPageSize(QPageSize::A4));
        QString error;
        for (int page = 1; page <= printed.result.pageCount; ++page)
            printed.pages.push_back(pageLines(pdf, page, &error));
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return printed;
    }

    static QStringList titles(std::initializer_list<const char *> list)
    {
        QStringList out;
        for (const char *title : list)
            out.push_back(QString::fromUtf8(title));
        return out;
    }

    /// The contents page's entries, titles only (page numbers and the header cut off).
    static QStringList entries(const QStringList &contentsPage)
    {
        QStringList titles;
        for (const QString &line : contentsPage.mid(contentsPage.indexOf(QStringLiteral("Contents"), 1) + 1)) {
            if (line.startsWith(QStringLiteral("Page ")))
                break;
            titles.push_back(line.section(QRegularExpression(QStringLiteral("\\s{2,}")), 0, 0).trimmed());
        }
        return titles;
    }

    /// The page number the contents give for \a entry.
    static int pageOf(const QStringList &contentsPage, const QString &entry)
    {
        for (const QString &line : contentsPage) {
            if (line.startsWith(entry + u' '))
                return line.section(u' ', -1).toInt();
        }
        return 0;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "install poppler-utils to run this test");
        QVERIFY(m_dir.isValid());
        m_book = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/book"));
    }

    void wholeBookHasTitlePageAndNumberedContents()
    {
        const Printed book = print(m_book, PrintSelection::section(PrintSelection::Kind::Atlas), QStringLiteral("book.pdf"));
        QVERIFY2(book.result.ok, qPrintable(book.result.errorString));
        QVERIFY(book.pages.size() >= 9);
        QCOMPARE(book.pages.at(0).value(0), QStringLiteral("Ferris Field Notes"));
        QVERIFY(book.pages.at(0).contains(QStringLiteral("Ada Crabtree, Milo Ferrous")));
        // The summary's order, parts as headings, chapter numbers; the draft chapter left out.
        QCOMPARE(entries(book.pages.at(1)),
                 titles({"Introduction", "Getting Going", "1. First Steps", "1.1. Ownership", "1.1.1. Borrowing", "2. Reading Code",
                         "Going Further", "4. Cargo Habits", "Broken Include"}));
        // Each chapter starts on the page the contents give, with its number over its title, and
        // the running header names the book and the chapter.
        for (const auto &[entry, number, title] :
             {std::tuple{"1. First Steps", "Chapter 1", "First Steps"}, std::tuple{"1.1.1. Borrowing", "Chapter 1.1.1", "Borrowing"},
              std::tuple{"4. Cargo Habits", "Chapter 4", "Cargo Habits"}}) {
            const int page = pageOf(book.pages.at(1), QString::fromUtf8(entry));
            QVERIFY2(page > 2 && page <= book.pages.size(), entry);
            const QStringList lines = book.pages.at(page - 1);
            QVERIFY2(lines.value(0).startsWith(QStringLiteral("Ferris Field Notes")), qPrintable(lines.value(0)));
            QVERIFY2(lines.value(0).endsWith(QString::fromUtf8(title)), qPrintable(lines.value(0)));
            QCOMPARE(lines.value(1), QString::fromUtf8(number));
            QCOMPARE(lines.value(2), QString::fromUtf8(title));
            QCOMPARE(lines.last(), QStringLiteral("Page %1 of %2").arg(page).arg(book.pages.size()));
        }
        // mdBook's hidden lines stay hidden on paper too.
        for (const QStringList &page : book.pages)
            QVERIFY(!page.join(u'\n').contains(QStringLiteral("# fn")));
    }

    void linksBetweenChaptersPrintAsPageReferences()
    {
        // The screen's links, resolved once ("x.html" is the chapter x.md), become page numbers.
        const Printed book = print(m_book, PrintSelection::section(PrintSelection::Kind::Atlas), QStringLiteral("references.pdf"));
        QVERIFY2(book.result.ok, qPrintable(book.result.errorString));
        const int cargo = pageOf(book.pages.at(1), QStringLiteral("4. Cargo Habits"));
        const int firstSteps = pageOf(book.pages.at(1), QStringLiteral("1. First Steps"));
        QVERIFY(cargo > 2 && firstSteps > 2);
        const QString all = [&] {
            QStringList pages;
            for (const QStringList &page : book.pages)
                pages << page.join(u' ');
            return pages.join(u' ').simplified();
        }();
        for (const QString &expected : {QStringLiteral("See also Cargo Habits (p.\u00a0%1).").arg(cargo),
                                        QStringLiteral("Back to First Steps (p.\u00a0%1).").arg(firstSteps)})
            QVERIFY2(all.contains(expected) || all.contains(QString(expected).replace(QChar::Nbsp, u' ')),
                     qPrintable(expected + u'\n' + all));
    }

    void chapterPrintsWithExactlyItsSections()
    {
        const Printed chapter = print(m_book, PrintSelection::branch(QStringLiteral("first-steps")), QStringLiteral("chapter.pdf"));
        QVERIFY2(chapter.result.ok, qPrintable(chapter.result.errorString));
        QVERIFY(chapter.pages.at(0).contains(QStringLiteral("Chapter 1: First Steps")));
        QCOMPARE(entries(chapter.pages.at(0)), titles({"1. First Steps", "1.1. Ownership", "1.1.1. Borrowing"}));
    }

    void missingIncludeIsShownAndReported()
    {
        const Printed book = print(m_book, PrintSelection::branch(QStringLiteral("appendix/broken-include")), QStringLiteral("broken.pdf"));
        QVERIFY2(book.result.ok, qPrintable(book.result.errorString));
        QCOMPARE(book.result.problems,
                 QStringList{QStringLiteral("appendix/broken-include.md:7: include '../listings/missing.rs' not found")});
        QVERIFY(book.pages.last().join(u'\n').contains(QStringLiteral("include '../listings/missing.rs' not found")));
    }

    void notesPrintByFolderAndByTag()
    {
        const Catalogue vault = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/vault"));
        const Printed folder = print(vault, PrintSelection::branch(QStringLiteral("concepts")), QStringLiteral("folder.pdf"));
        QVERIFY2(folder.result.ok, qPrintable(folder.result.errorString));
        QCOMPARE(entries(folder.pages.at(0)), titles({"Borrowing", "Lifetimes", "Ownership", "Summary of the concepts"}));
        const Printed tagged = print(vault, PrintSelection::tagged(QStringLiteral("rust")), QStringLiteral("tag.pdf"));
        QVERIFY2(tagged.result.ok, qPrintable(tagged.result.errorString));
        QVERIFY(tagged.pages.at(0).contains(QStringLiteral("#rust")));
        QCOMPARE(entries(tagged.pages.at(0)), titles({"Borrowing", "Ownership", "Welcome to the Rust notes"}));
        // The whole vault: its folders as headings, the tag list not repeated.
        const Printed all = print(vault, PrintSelection::section(PrintSelection::Kind::Atlas), QStringLiteral("vault.pdf"));
        QVERIFY(all.result.ok);
        QCOMPARE(entries(all.pages.at(1)).count(QStringLiteral("Borrowing")), 1);
        QVERIFY(!entries(all.pages.at(1)).contains(QStringLiteral("Tags")));
    }

    void unknownChapterWritesNothing()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("none.pdf"));
        const PdfExporter::Result result = PdfExporter::exportPdf(m_book, PrintSelection::branch(QStringLiteral("no-such")), pdf);
        QVERIFY(!result.ok);
        QVERIFY2(result.errorString.contains(QStringLiteral("no chapter or folder")), qPrintable(result.errorString));
        QVERIFY(!QFileInfo::exists(pdf));
    }
};

QTEST_MAIN(TestBookPrinting)
#include "tst_bookprinting.moc"
