// SPDX-License-Identifier: MIT
#include "models/itemroles.h"
#include "models/searchresultmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {
SearchResult result(const char *pageId, const char *title, const char *heading = "", const char *packTitle = "")
{
    SearchResult r;
    r.pageId = QString::fromUtf8(pageId);
    r.title = QString::fromUtf8(title);
    r.heading = QString::fromUtf8(heading);
    r.anchor = r.heading.toLower();
    r.snippetHtml = QStringLiteral("the <b>borrow</b> checker");
    r.highlightTerms = QStringList{QStringLiteral("borrow")};
    r.packTitle = QString::fromUtf8(packTitle);
    r.packRoot = r.packTitle.isEmpty() ? QString() : QStringLiteral("/packs/") + r.packTitle;
    return r;
}
} // namespace

class TestSearchResultModel : public QObject
{
    Q_OBJECT

private slots:
    void isAValidListModelThroughNewResults()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0);
        model.setResults({result("a", "Ownership"), result("b", "Borrowing", "References")});
        QCOMPARE(model.rowCount(), 2);
        model.setResults({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.size(), 2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a list: no children
    }

    void rolesCarryEachResult()
    {
        SearchResultModel model;
        model.setResults({result("ch04-02", "References and Borrowing", "Dangling References")});
        const QModelIndex index = model.index(0, 0);
        QCOMPARE(index.data().toString(), QStringLiteral("References and Borrowing"));
        QCOMPARE(index.data(ItemRole::Title).toString(), QStringLiteral("References and Borrowing"));
        QCOMPARE(index.data(ItemRole::PageId).toString(), QStringLiteral("ch04-02"));
        QCOMPARE(index.data(ItemRole::Heading).toString(), QStringLiteral("Dangling References"));
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), QStringLiteral("Dangling References"));
        QCOMPARE(index.data(ItemRole::Anchor).toString(), QStringLiteral("dangling references"));
        QCOMPARE(index.data(ItemRole::SnippetHtml).toString(), QStringLiteral("the <b>borrow</b> checker"));
        QCOMPARE(index.data(ItemRole::HighlightTerms).toStringList(), QStringList{QStringLiteral("borrow")});
        QCOMPARE(model.result(index)->pageId, QStringLiteral("ch04-02"));
        QVERIFY(!model.result(model.index(1, 0)));
        QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
    }

    void resultsOfSeveralPacksSayWhere()
    {
        SearchResultModel model;
        model.setResults({result("a", "Ownership", "Moves", "The Book"), result("b", "Errors", "", "Notes")});
        QCOMPARE(model.index(0, 0).data(ItemRole::Heading).toString(), QStringLiteral("The Book \u203a Moves"));
        QCOMPARE(model.index(1, 0).data(ItemRole::Heading).toString(), QStringLiteral("Notes"));
        QCOMPARE(model.index(1, 0).data(ItemRole::PackTitle).toString(), QStringLiteral("Notes"));
        QCOMPARE(model.index(1, 0).data(ItemRole::PackRoot).toString(), QStringLiteral("/packs/Notes"));
    }
};

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "tst_searchresultmodel.moc"
