// SPDX-License-Identifier: MIT
// Each kind of pack, detected and read as its authors laid it out: detection, safety at the
// pack's edge (relative roots, symbolic links), and the shapes of books, vaults and RFC folders.
#include "content/catalogue.h"
#include "content/catalogueformatter.h"
#include "pack/packdetector.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(PackKind)

namespace {
void write(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(text);
}

QString data(const QString &name)
{
    return QStringLiteral(RUST_ATLAS_TEST_DATA "/") + name;
}

bool hasProblem(const Catalogue &catalogue, const QString &file, const QString &fragment,
                Problem::Severity severity = Problem::Severity::Error)
{
    return std::any_of(catalogue.problems().cbegin(), catalogue.problems().cend(),
                       [&](const Problem &p) { return p.file == file && p.message.contains(fragment) && p.severity == severity; });
}
} // namespace

class TestPackKinds : public QObject
{
    Q_OBJECT

private slots:
    void detect_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("open");
        QTest::addColumn<PackKind>("kind");
        QTest::addColumn<QString>("pagesRoot");
        QTest::newRow("book root") << QStringList{QStringLiteral("book.toml"), QStringLiteral("src/SUMMARY.md")} << "" << PackKind::Book
                                   << "src";
        QTest::newRow("book src opened") << QStringList{QStringLiteral("book.toml"), QStringLiteral("src/SUMMARY.md")} << "src"
                                         << PackKind::Book << "src";
        QTest::newRow("book without toml") << QStringList{QStringLiteral("src/SUMMARY.md"), QStringLiteral("src/a.md")} << ""
                                           << PackKind::Book << "src";
        QTest::newRow("custom src") << QStringList{QStringLiteral("book.toml:[book]\nsrc = \"pages\"\n"),
                                                   QStringLiteral("pages/SUMMARY.md")}
                                    << "" << PackKind::Book << "pages";
        QTest::newRow("declared atlas") << QStringList{QStringLiteral("index.md:---\nkind: atlas\n---\n# A\n")} << "" << PackKind::Atlas
                                        << "";
        QTest::newRow("list of links is no atlas")
            << QStringList{QStringLiteral("index.md:# A\n\n- [B](b.md)\n- [C](c.md)\n"), QStringLiteral("b.md"), QStringLiteral("c.md")}
            << "" << PackKind::Folder << "";
        QTest::newRow("obsidian vault") << QStringList{QStringLiteral(".obsidian/app.json"), QStringLiteral("note.md")} << ""
                                        << PackKind::Vault << "";
        QTest::newRow("plain folder") << QStringList{QStringLiteral("a.md"), QStringLiteral("b/c.md")} << "" << PackKind::Folder << "";
    }
    void detect()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, open);
        QFETCH(PackKind, kind);
        QFETCH(QString, pagesRoot);
        QTemporaryDir dir;
        for (const QString &file : files) {
            const qsizetype colon = file.indexOf(u':');
            write(dir.filePath(file.left(colon)), colon < 0 ? QByteArray("# Page\n") : file.mid(colon + 1).toUtf8());
        }
        const PackLayout layout = PackDetector::detect(dir.filePath(open));
        QCOMPARE(layout.kind, kind);
        QCOMPARE(QDir::cleanPath(layout.pagesRoot), QDir::cleanPath(dir.filePath(pagesRoot)));
    }

    void bundledAtlasDeclaresItself()
    {
        const Catalogue catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
        QCOMPARE(catalogue.kind(), PackKind::Atlas);
        QCOMPARE(catalogue.title(), QStringLiteral("Rust Atlas"));
        QVERIFY(CatalogueFormatter::listing(catalogue).startsWith(QStringLiteral("atlas: Rust Atlas (31 pages)\n")));
    }

    void relativeRootLoads()
    {
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(QStringLiteral(RUST_ATLAS_TEST_DATA)));
        const Catalogue catalogue = Catalogue::load(QStringLiteral("folder-notes"));
        QDir::setCurrent(before);
        QVERIFY(QDir::isAbsolutePath(catalogue.root()));
        QVERIFY(!catalogue.pages().isEmpty());
        QCOMPARE(catalogue.errorCount(), 0);
    }

    void symlinksOutOfThePackAreRefused()
    {
        QTemporaryDir outside;
        write(outside.filePath(QStringLiteral("secret.md")), "# Secret\n\nnot for the pack\n");
        write(outside.filePath(QStringLiteral("secret.png")), "not an image");
        QTemporaryDir pack;
        write(pack.filePath(QStringLiteral("index.md")), "# Home\n\n![leak](leak.png)\n");
        write(pack.filePath(QStringLiteral("inside.md")), "# Inside\n");
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.md")), pack.filePath(QStringLiteral("leak.md"))));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret.png")), pack.filePath(QStringLiteral("leak.png"))));
        QVERIFY(QFile::link(outside.path(), pack.filePath(QStringLiteral("linked-folder"))));
        QVERIFY(QFile::link(pack.filePath(QStringLiteral("inside.md")), pack.filePath(QStringLiteral("alias.md"))));

        const Catalogue catalogue = Catalogue::load(pack.path());
        QVERIFY(!catalogue.page(QStringLiteral("leak")));
        QVERIFY(hasProblem(catalogue, QStringLiteral("leak.md"), QStringLiteral("leads outside the pack")));
        QVERIFY(hasProblem(catalogue, QStringLiteral("linked-folder"), QStringLiteral("leads outside the pack")));
        QVERIFY(hasProblem(catalogue, QStringLiteral("index.md"), QStringLiteral("leads outside the pack")));
        QVERIFY(catalogue.filePath(QStringLiteral("leak.png")).isEmpty());
        for (const Page &page : catalogue.pages())
            QVERIFY2(!catalogue.content(page.id).plainText.contains(QStringLiteral("not for the pack")), qPrintable(page.id));
        // A link that stays inside the pack is followed.
        QVERIFY(catalogue.page(QStringLiteral("alias")));
    }

    void bookFollowsItsSummary()
    {
        for (const QString &open : {data(QStringLiteral("book")), data(QStringLiteral("book/src"))}) {
            const Catalogue book = Catalogue::load(open);
            QCOMPARE(book.kind(), PackKind::Book);
            QCOMPARE(book.title(), QStringLiteral("Ferris Field Notes"));
            QCOMPARE(book.homePageId(), QStringLiteral("readme"));
            QCOMPARE(book.readingOrder(),
                     (QStringList{QStringLiteral("readme"), QStringLiteral("first-steps"), QStringLiteral("first-steps/ownership"),
                                  QStringLiteral("first-steps/ownership/borrowing"), QStringLiteral("reading-code"),
                                  QStringLiteral("cargo-habits"), QStringLiteral("appendix/broken-include")}));
            const TreeNode &part = *book.tree().children.at(1);
            QCOMPARE(part.title, QStringLiteral("Getting Going"));
            QVERIFY(part.pageId.isEmpty());
            const TreeNode &borrowing = *part.children.at(0)->children.at(0)->children.at(0);
            QCOMPARE(borrowing.number, QStringLiteral("1.1.1"));
            const TreeNode &draft = *part.children.at(2);
            QCOMPARE(draft.number, QStringLiteral("3"));
            QVERIFY(!draft.enabled);
            QCOMPARE(book.tree().children.at(3)->children.at(0)->number, QStringLiteral("4")); // numbers go on across parts
            // The summary's link text is the title; the page's {{#title}} does not replace it.
            QCOMPARE(book.page(QStringLiteral("reading-code"))->title, QStringLiteral("Reading Code"));
            QCOMPARE(book.neighbour(QStringLiteral("reading-code"), -1), QStringLiteral("first-steps/ownership/borrowing"));
            QCOMPARE(book.neighbour(QStringLiteral("appendix/broken-include"), 1), QString());
        }
    }

    void bookIncludesCodeAndHidesLines()
    {
        const Catalogue book = Catalogue::load(data(QStringLiteral("book")));
        // The text as shown (the HTML has the code in coloured spans).
        const QString firstSteps = book.content(QStringLiteral("first-steps")).plainText;
        QVERIFY(firstSteps.contains(QStringLiteral("fn greet(name: &str) -> String {")));
        QVERIFY(!firstSteps.contains(QStringLiteral("{{#include")));
        const QString reading = book.content(QStringLiteral("reading-code")).plainText;
        QVERIFY(reading.contains(QStringLiteral("let line = greet(\"Ferris\");"))); // the anchored part
        QVERIFY(reading.contains(QStringLiteral("{{#include nothing.rs}}"))); // escaped, shown as written
        QVERIFY(!reading.contains(QStringLiteral("\\{{")));
        const QString habits = book.content(QStringLiteral("cargo-habits")).plainText;
        QVERIFY(!habits.contains(QStringLiteral("fn main()")));
        QVERIFY(habits.contains(QStringLiteral("#[derive(Debug)]")));
        QVERIFY(!habits.contains(QStringLiteral("##[derive")));
        QVERIFY(book.page(QStringLiteral("first-steps"))->includedFiles.first().endsWith(QStringLiteral("listings/hello.rs")));
    }

    void bookLinksAndProblems()
    {
        const Catalogue book = Catalogue::load(data(QStringLiteral("book")));
        // "ownership.html" is the page written as ownership.md; "index.html" is README.md.
        const LinkTarget html = book.resolve(QStringLiteral("first-steps"), QStringLiteral("first-steps/ownership.html"));
        QCOMPARE(html.kind, LinkTarget::Kind::Page);
        QCOMPARE(html.pageId, QStringLiteral("first-steps/ownership"));
        QCOMPARE(book.resolve(QStringLiteral("first-steps"), QStringLiteral("index.html")).pageId, QStringLiteral("readme"));
        QCOMPARE(book.errorCount(), 1);
        QVERIFY(
            hasProblem(book, QStringLiteral("appendix/broken-include.md"), QStringLiteral("include '../listings/missing.rs' not found")));
        QVERIFY(!book.page(QStringLiteral("summary")));
    }

    void vaultReadsFrontMatterWikilinksAndTags()
    {
        const Catalogue vault = Catalogue::load(data(QStringLiteral("vault")));
        QCOMPARE(vault.kind(), PackKind::Vault);
        const Page *borrowing = vault.page(QStringLiteral("concepts/borrowing"));
        QVERIFY(borrowing);
        QVERIFY(!vault.content(borrowing->id).html.contains(QStringLiteral("tags:")));
        QVERIFY(borrowing->tags.contains(QStringLiteral("rust")));
        QVERIFY(borrowing->tags.contains(QStringLiteral("rules"))); // an inline #tag
        const LinkTarget summary = vault.resolve(borrowing->id, QStringLiteral("wiki:Summary"));
        QCOMPARE(summary.pageId, QStringLiteral("concepts/summary")); // the one in the same folder
        const LinkTarget heading = vault.resolve(borrowing->id, QStringLiteral("wiki:Lifetimes#Elision"));
        QCOMPARE(heading.pageId, QStringLiteral("concepts/lifetimes"));
        QVERIFY(!heading.anchor.isEmpty());
        QCOMPARE(vault.errorCount(), 1);
        QVERIFY(hasProblem(vault, QStringLiteral("concepts/Borrowing.md"), QStringLiteral("broken wikilink [[Missing Note]]")));
        QCOMPARE(std::find_if(vault.problems().cbegin(), vault.problems().cend(), [](const Problem &p) { return p.isError(); })->line, 17);
        const auto &top = vault.tree().children;
        QCOMPARE(top.back()->title, QStringLiteral("Tags"));

        // Embeds: an image shows inside the page, a note becomes a link to it.
        const Page *welcome = vault.page(QStringLiteral("welcome"));
        const ParsedPage welcomeContent = vault.content(welcome->id);
        QCOMPARE(welcomeContent.images.size(), 1);
        const LinkTarget &image = welcomeContent.images.first().target; // resolved as the page was read
        QCOMPARE(image.kind, LinkTarget::Kind::File);
        QVERIFY(QFileInfo(vault.filePath(image.path)).isFile());
        QVERIFY(!welcomeContent.html.contains(QStringLiteral("![[")));
        const bool embedsChecklist = std::any_of(welcomeContent.links.cbegin(), welcomeContent.links.cend(), [&](const Reference &link) {
            return link.target.pageId == QStringLiteral("practice/checklist");
        });
        QVERIFY(embedsChecklist);
    }

    void sharedHeadingsGetTellingTitles()
    {
        const Catalogue rfcs = Catalogue::load(data(QStringLiteral("rfcs")));
        QCOMPARE(rfcs.kind(), PackKind::Folder);
        QSet<QString> titles;
        for (const auto &node : rfcs.tree().children)
            titles.insert(node->title);
        QCOMPARE(titles.size(), int(rfcs.tree().children.size()));
        QVERIFY(!titles.contains(QStringLiteral("Summary")));
    }

    void foldersSortNaturally()
    {
        const Catalogue plain = Catalogue::load(data(QStringLiteral("plain")));
        QStringList ids;
        for (const auto &node : plain.tree().children)
            ids << node->pageId;
        QCOMPARE(ids.mid(1), (QStringList{QStringLiteral("page-1"), QStringLiteral("page-2"), QStringLiteral("page-10")}));
    }

    void listingCutsSummariesToOneLine()
    {
        QCOMPARE(CatalogueFormatter::oneLine(QStringLiteral("short\nline")), QStringLiteral("short line"));
        const QString cut = CatalogueFormatter::oneLine(QString(30, u'x') + QStringLiteral(" word").repeated(40), 100);
        QVERIFY(cut.size() <= 100);
        QVERIFY(cut.endsWith(QStringLiteral("\u2026")));
        QVERIFY(!cut.contains(u'\n'));
    }
};

QTEST_GUILESS_MAIN(TestPackKinds)
#include "tst_packkinds.moc"
