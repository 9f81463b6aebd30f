// SPDX-License-Identifier: MIT
#include "content/catalogue.h"

#include <QRegularExpression>
#include <QTest>

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void bundledPackLoadsCleanly()
    {
        const Catalogue catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
        for (const Problem &p : catalogue.problems())
            qWarning("%s:%d: %s", qPrintable(p.file), p.line, qPrintable(p.message));
        QVERIFY(catalogue.problems().isEmpty());
        QCOMPARE(catalogue.pages().size(), 31);
        QCOMPARE(catalogue.homePageId(), QStringLiteral("index"));

        QCOMPARE(int(catalogue.tree().children.size()), 2);
        const TreeNode &who = *catalogue.tree().children.at(0);
        QCOMPARE(who.pageId, QStringLiteral("who-rust-is-for"));
        QCOMPARE(int(who.children.size()), 4);
        QStringList audiences;
        for (const auto &audience : who.children) {
            audiences << audience->pageId;
            QVERIFY2(!audience->children.empty(), qPrintable(audience->pageId));
            QVERIFY2(!catalogue.relatedCategories(audience->pageId).isEmpty(), qPrintable(audience->pageId));
        }
        QCOMPARE(audiences,
                 (QStringList{QStringLiteral("audiences/teams"), QStringLiteral("audiences/students"),
                              QStringLiteral("audiences/open-source"), QStringLiteral("audiences/speed-and-stability")}));

        QCOMPARE(catalogue.categories().size(), 24);
        for (const CategoryEntry &category : catalogue.categories()) {
            QVERIFY2(catalogue.page(category.pageId), qPrintable(category.pageId));
            QVERIFY2(!category.summary.isEmpty(), qPrintable(category.pageId));
            QVERIFY2(QFile::exists(category.iconPath), qPrintable(category.iconPath));
        }
    }

    // The pack is the product: hold it to the promises of its design (word counts, seed facts).
    void bundledPackContent()
    {
        const Catalogue catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
        static const QRegularExpression word(QStringLiteral("\\w+"));
        QString all;
        for (const CategoryEntry &category : catalogue.categories()) {
            const ParsedPage page = catalogue.content(category.pageId);
            QVERIFY2(page.plainText.count(word) >= 150, qPrintable(category.pageId));
            // Both sides agree: the category names the audiences whose pages name it, at least two,
            // and it links at least two related categories.
            QStringList audiences, related;
            for (const Reference &link : page.links) {
                const LinkTarget &target = link.target;
                if (target.kind == LinkTarget::Kind::Page && target.pageId.startsWith(QStringLiteral("audiences/")))
                    audiences << target.pageId;
                else if (target.kind == LinkTarget::Kind::Page && catalogue.isCategory(target.pageId) && target.pageId != category.pageId)
                    related << target.pageId;
            }
            audiences.removeDuplicates();
            related.removeDuplicates();
            QVERIFY2(audiences.size() >= 2 && related.size() >= 2, qPrintable(category.pageId));
            for (const QString &audience : std::as_const(audiences))
                QVERIFY2(catalogue.relatedCategories(audience).contains(category.pageId), qPrintable(audience + u' ' + category.pageId));
        }
        for (const Page &page : catalogue.pages()) {
            const QVector<Heading> headings = catalogue.content(page.id).headings;
            QVERIFY2(std::any_of(headings.cbegin(), headings.cend(),
                                 [](const Heading &h) { return h.text == QLatin1String("Sources and further reading"); }),
                     qPrintable(page.id));
        }
        QVERIFY(catalogue.content(QStringLiteral("index")).plainText.contains(QStringLiteral("Last reviewed: November 2026")));
        for (const Page &page : catalogue.pages())
            all += catalogue.content(page.id).plainText + u'\n';
        for (const char *fact :
             {"Substrate", "gfx-rs", "Polars", "druid", "TiKV", "tch-rs", "Firefox", "gatekeeper", "concurrency", "operating-system",
              "bioinformatics", "transcoding", "refactoring", "playing field", "search engines", "DevOps"})
            QVERIFY2(all.contains(QLatin1String(fact), Qt::CaseInsensitive), fact);
        const ParsedPage figurePage = catalogue.content(QStringLiteral("what-rust-is-used-for"));
        QCOMPARE(figurePage.images.first().written, QStringLiteral("figures/rust-categories.svg"));
        QVERIFY(figurePage.plainText.contains(QStringLiteral("Rust Atlas")));
        QCOMPARE(catalogue.figurePath(), QStringLiteral(RUST_ATLAS_CONTENT_DIR "/figures/rust-categories.svg"));
        QVERIFY(!catalogue.figureCaption().isEmpty());
    }

    void brokenPackReportsEachProblem_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("duplicate id") << "twin.md" << 1 << "duplicate page id 'twin' (already used by Twin.md)";
        QTest::newRow("invalid UTF-8") << "latin1.md" << 4 << "invalid UTF-8 at byte 25; shown with replacement characters";
        QTest::newRow("empty page") << "empty.md" << 1 << "empty page";
        QTest::newRow("broken anchor") << "audiences/makers.md" << 5
                                       << "broken link '../tools.md#hammers': no heading with anchor 'hammers'";
        QTest::newRow("missing image") << "audiences/makers.md" << 7 << "missing image '../bench.png'";
        QTest::newRow("link outside") << "audiences/makers.md" << 8 << "note: link '../../elsewhere.md' leaves the pack";
        QTest::newRow("missing icon") << "what.md" << 3 << "missing image 'icons/tools.svg'";
        QTest::newRow("missing html image") << "what.md" << 6 << "missing image 'pictures/gone.png'";
        QTest::newRow("broken link") << "who.md" << 5 << "broken link 'missing.md': no such page";
    }
    void brokenPackReportsEachProblem()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, message);
        const Catalogue catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/broken-pack"));
        QCOMPARE(catalogue.kind(), PackKind::Atlas);
        QCOMPARE(catalogue.problems().size(), 9);
        QCOMPARE(catalogue.errorCount(), 8);
        // A "note: " prefix marks what only leaves the pack: shown, not a failure.
        const bool note = message.startsWith(QStringLiteral("note: "));
        const Problem expected{file, line, note ? message.mid(6) : message, note ? Problem::Severity::Note : Problem::Severity::Error};
        QVERIFY2(catalogue.problems().contains(expected), qPrintable(message));
    }

    void brokenPackStillLoads()
    {
        const Catalogue catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/broken-pack"));
        QVERIFY(catalogue.page(QStringLiteral("latin1")));
        QVERIFY(catalogue.content(QStringLiteral("latin1")).plainText.contains(QChar::ReplacementCharacter));
        QCOMPARE(catalogue.categories().size(), 2);
        QCOMPARE(catalogue.categories().at(0).title, QStringLiteral("Tools"));
        QCOMPARE(catalogue.relatedCategories(QStringLiteral("audiences/makers")),
                 (QStringList{QStringLiteral("tools"), QStringLiteral("toys")}));
    }

    void plainFolderBecomesTree()
    {
        const Catalogue catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_TEST_DATA "/folder-notes"));
        QVERIFY(catalogue.problems().isEmpty());
        QCOMPARE(catalogue.homePageId(), QStringLiteral("readme"));
        const TreeNode &root = catalogue.tree();
        QCOMPARE(int(root.children.size()), 3);
        QCOMPARE(root.children.at(0)->title, QStringLiteral("My notes"));
        const TreeNode &guide = *root.children.at(1);
        QCOMPARE(guide.title, QStringLiteral("The guide"));
        QCOMPARE(guide.pageId, QStringLiteral("guide/index"));
        QCOMPARE(int(guide.children.size()), 2);
        QCOMPARE(guide.children.at(0)->title, QStringLiteral("Setting up"));
        QCOMPARE(guide.children.at(1)->title, QStringLiteral("Using it")); // first heading, though not level 1
        QCOMPARE(root.children.at(2)->title, QStringLiteral("Zebras"));
        // Only an atlas has categories and relations between them.
        QCOMPARE(catalogue.kind(), PackKind::Folder);
        QVERIFY(catalogue.categories().isEmpty());
        QVERIFY(!catalogue.hasRelations(QStringLiteral("guide/setup")));
        QVERIFY(catalogue.figurePath().isEmpty());
    }

    void missingFolderIsAProblemNotACrash()
    {
        const Catalogue catalogue = Catalogue::load(QStringLiteral("/nonexistent/rust-atlas-pack"));
        QCOMPARE(catalogue.problems().size(), 1);
        QVERIFY(catalogue.pages().isEmpty());
        QVERIFY(catalogue.tree().children.empty());
        QVERIFY(catalogue.homePageId().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalogue)
#include "tst_catalogue.moc"
