// SPDX-License-Identifier: MIT
#include "content/catalogue.h"
#include "englishplurals.h"
#include "library/library.h"
#include "mainwindow.h"
#include "pageview.h"
#include "search/searchindex.h"
#include "searchpanel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
SearchPanel::SourceProvider onlyIndex(SearchIndex &index)
{
    return [&index](SearchPanel::Scope) { return QVector<SearchSource>{{QString(), QString(), &index}}; };
}

/// A search panel over one pack's index, shown.
struct ShownPanel
{
    explicit ShownPanel(const Catalogue &catalogue) : panel(onlyIndex(index))
    {
        index.buildInMemory(catalogue);
        panel.show();
    }
    SearchIndex index;
    SearchPanel panel;
};
} // namespace

class TestSearchPanel : public QObject
{
    Q_OBJECT

    const Catalogue m_catalogue = Catalogue::load(QStringLiteral(RUST_ATLAS_CONTENT_DIR));
    QTemporaryDir m_dir;

    static void typeQuery(SearchPanel *panel, const QString &text)
    {
        panel->field()->clear();
        QTest::keyClicks(panel->field(), text);
        // The debounce timer runs the search once typing pauses.
        QTRY_VERIFY_WITH_TIMEOUT(panel->findChild<QLabel *>(QStringLiteral("searchStatus"))->isVisible(), 2000);
    }

private slots:
    void initTestCase() { QVERIFY(installEnglishPlurals()); }

    void typingFindsThePageFirst_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("pageId");
        QTest::newRow("exact title") << "WebAssembly"
                                     << "categories/webassembly";
        QTest::newRow("prefix while typing") << "Robot"
                                             << "categories/robotics";
        QTest::newRow("audience") << "Students"
                                  << "audiences/students";
        QTest::newRow("named project") << "TiKV"
                                       << "categories/distributed-systems";
    }
    void typingFindsThePageFirst()
    {
        QFETCH(QString, query);
        QFETCH(QString, pageId);
        ShownPanel shown(m_catalogue);
        SearchPanel &panel = shown.panel;
        QSignalSpy opened(&panel, &SearchPanel::resultActivated);
        typeQuery(&panel, query);
        QVERIFY(panel.resultCount() > 0);
        QTest::keyClick(panel.field(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(1).toString(), pageId);
        QVERIFY(!opened.first().at(3).toStringList().isEmpty());
    }

    void arrowsMoveThroughResults()
    {
        ShownPanel shown(m_catalogue);
        SearchPanel &panel = shown.panel;
        typeQuery(&panel, QStringLiteral("memory safety"));
        QVERIFY(panel.resultCount() >= 2);
        auto *results = panel.findChild<QListView *>(QStringLiteral("searchResults"));
        QCOMPARE(results->currentIndex().row(), 0);
        QTest::keyClick(panel.field(), Qt::Key_Down);
        QCOMPARE(results->currentIndex().row(), 1);
        QTest::keyClick(panel.field(), Qt::Key_Up);
        QTest::keyClick(panel.field(), Qt::Key_Up);
        QCOMPARE(results->currentIndex().row(), 0);
        QVERIFY(panel.field()->hasFocus());
    }

    // A typo is corrected; asked for as typed, nothing matches and close titles are offered.
    void nothingFoundSuggestsTitles()
    {
        ShownPanel shown(m_catalogue);
        SearchPanel &panel = shown.panel;
        typeQuery(&panel, QStringLiteral("Robotiks"));
        auto *status = panel.findChild<QLabel *>(QStringLiteral("searchStatus"));
        QVERIFY(status->text().contains(QStringLiteral("Showing results for <b>robotics</b>")));
        emit status->linkActivated(QStringLiteral("#as-typed"));
        QCOMPARE(panel.resultCount(), 0);
        QVERIFY2(status->text().contains(QStringLiteral("Robotics")), qPrintable(status->text()));
    }

    void hostileTextNeverShowsAnError()
    {
        ShownPanel shown(m_catalogue);
        SearchPanel &panel = shown.panel;
        typeQuery(&panel, QStringLiteral("\"NEAR( title:* ' OR DROP TABLE --"));
        const QString status = panel.findChild<QLabel *>(QStringLiteral("searchStatus"))->text();
        QVERIFY(!status.contains(QStringLiteral("SQL"), Qt::CaseInsensitive));
        QVERIFY(!status.contains(QStringLiteral("fts5"), Qt::CaseInsensitive));
        QVERIFY(!status.contains(QStringLiteral("syntax"), Qt::CaseInsensitive));
    }

    // The results are the one list of suggestions: no title completer competes with them.
    void countsSayHowManyOfHowManyAndShowMore()
    {
        ShownPanel shown(m_catalogue);
        SearchPanel &panel = shown.panel;
        QVERIFY(!panel.field()->completer());
        auto *status = panel.findChild<QLabel *>(QStringLiteral("searchStatus"));
        typeQuery(&panel, QStringLiteral("rust"));
        const int all = int(m_catalogue.pages().size());
        QCOMPARE(panel.resultCount(), SearchIndex::DefaultLimit);
        QVERIFY2(status->text().startsWith(QStringLiteral("20 of %1 results").arg(all)), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("href=\"#more\"")));
        emit status->linkActivated(QStringLiteral("#more"));
        QCOMPARE(panel.resultCount(), all);
        QCOMPARE(status->text(), QStringLiteral("%1 results").arg(all));

        typeQuery(&panel, QStringLiteral("Polars"));
        QCOMPARE(status->text(),
                 panel.resultCount() == 1 ? QStringLiteral("1 result") : QStringLiteral("%1 results").arg(panel.resultCount()));
        QVERIFY(!status->text().contains(QStringLiteral("(s)")));
    }

    void escapeClearsThenHandsBackTheFocus()
    {
        ShownPanel shown(m_catalogue);
        SearchPanel &panel = shown.panel;
        QSignalSpy dismissed(&panel, &SearchPanel::dismissed);
        typeQuery(&panel, QStringLiteral("memory"));
        QTest::keyClick(panel.field(), Qt::Key_Escape);
        QVERIFY(panel.field()->text().isEmpty());
        QCOMPARE(dismissed.count(), 0);
        QTest::keyClick(panel.field(), Qt::Key_Escape);
        QCOMPARE(dismissed.count(), 1);
    }

    void typosAreCorrectedWithAWayBack()
    {
        ShownPanel shown(m_catalogue);
        SearchPanel &panel = shown.panel;
        typeQuery(&panel, QStringLiteral("borow checker "));
        auto *status = panel.findChild<QLabel *>(QStringLiteral("searchStatus"));
        QVERIFY2(status->text().startsWith(QStringLiteral("Showing results for <b>borrow checker</b>")), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("Search instead for borow checker")));
        QVERIFY(panel.resultCount() > 0);
        emit status->linkActivated(QStringLiteral("#as-typed"));
        QCOMPARE(panel.resultCount(), 0);
        QVERIFY(!status->text().contains(QStringLiteral("Showing results for")));
    }

    void didYouMeanOpensThatPage()
    {
        ShownPanel shown(m_catalogue);
        SearchPanel &panel = shown.panel;
        QSignalSpy opened(&panel, &SearchPanel::resultActivated);
        typeQuery(&panel, QStringLiteral("Robotiks"));
        auto *status = panel.findChild<QLabel *>(QStringLiteral("searchStatus"));
        emit status->linkActivated(QStringLiteral("#as-typed"));
        QVERIFY(status->text().contains(QStringLiteral("href=\"#0\"")));
        emit status->linkActivated(QStringLiteral("#0"));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(1).toString(), QStringLiteral("categories/robotics"));
    }

    void openedResultIsHighlightedInTheWindow()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        Library library(settings);
        MainWindow window(library, library.open(QStringLiteral(RUST_ATLAS_CONTENT_DIR)), settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.startIndexing();
        QTRY_VERIFY_WITH_TIMEOUT(!window.searchIndex().isIndexing(), 10000);
        auto *panel = window.findChild<SearchPanel *>();
        typeQuery(panel, QStringLiteral("Polars"));
        QTest::keyClick(panel->field(), Qt::Key_Return);
        QCOMPARE(window.currentLocation().pageId, QStringLiteral("categories/data-science"));
        auto *page = window.findChild<PageView *>();
        QVERIFY(page->extraSelections().size() >= 1);
        QCOMPARE(page->extraSelections().first().cursor.selectedText().toLower(), QStringLiteral("polars"));
        int earliest = page->document()->characterCount();
        for (const auto &selection : page->extraSelections())
            earliest = std::min(earliest, selection.cursor.selectionStart());
        QCOMPARE(page->textCursor().position(), earliest);
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
