// SPDX-License-Identifier: MIT
#include "findbar.h"
#include "marklayers.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

// "rust" occurs five times in three spellings; "is" three times; nothing else overlaps by accident.
const QString kPage = QStringLiteral("<h1>Rust Atlas</h1>"
                                     "<p>Rust is fast. rust is safe. RUST is fun.</p>"
                                     "<p>Cargo builds Rust crates.</p>");

} // namespace

class TestFindBar : public QObject
{
    Q_OBJECT

private:
    // A window like the real one: the page with the bar under it, so visibility and focus are real.
    // The field after the bar is where focus would wander if the bar did not hand it back.
    struct Fixture
    {
        QWidget window;
        QTextBrowser *browser = new QTextBrowser;
        FindBar *bar = new FindBar(browser);
        QLineEdit *field = nullptr;
        QLabel *count = nullptr;

        Fixture()
        {
            auto *layout = new QVBoxLayout(&window);
            layout->addWidget(browser);
            layout->addWidget(bar);
            layout->addWidget(new QLineEdit);
            browser->setHtml(kPage);
            bar->hide();
            field = bar->findChild<QLineEdit *>(QStringLiteral("findField"));
            count = bar->findChild<QLabel *>(QStringLiteral("findCount"));
            window.show();
        }
    };

    static bool selectsWord(const QTextBrowser *browser, const QString &word)
    {
        return browser->textCursor().selectedText().compare(word, Qt::CaseInsensitive) == 0;
    }

private slots:
    void objectNames()
    {
        Fixture f;
        QCOMPARE(f.bar->objectName(), QStringLiteral("findBar"));
        QVERIFY(f.field);
        QVERIFY(f.count);
        for (const char *name : {"findPrevious", "findNext", "findClose"}) {
            const auto *button = f.bar->findChild<QToolButton *>(QString::fromLatin1(name));
            QVERIFY2(button, name);
            QVERIFY2(!button->accessibleName().isEmpty(), name);
            QVERIFY2(!button->toolTip().isEmpty(), name);
        }
        QVERIFY(!f.field->accessibleName().isEmpty());
        QVERIFY(!f.field->toolTip().isEmpty());
    }

    void counts_data()
    {
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("expected");
        QTest::newRow("lower case, every spelling") << QStringLiteral("rust") << 5;
        QTest::newRow("upper case, every spelling") << QStringLiteral("RUST") << 5;
        QTest::newRow("mixed case") << QStringLiteral("cArGo") << 1;
        QTest::newRow("substring inside words") << QStringLiteral("is") << 3;
        QTest::newRow("phrase across spellings") << QStringLiteral("rust is") << 3;
        QTest::newRow("heading text") << QStringLiteral("atlas") << 1;
        QTest::newRow("no match") << QStringLiteral("python") << 0;
    }
    void counts()
    {
        QFETCH(QString, needle);
        QFETCH(int, expected);
        Fixture f;
        f.bar->activate();
        f.field->setText(needle);
        QCOMPARE(f.bar->matchCount(), expected);
        QCOMPARE(f.browser->extraSelections().size(), expected);
        QCOMPARE(f.bar->currentMatch(), expected ? 1 : 0);
        QCOMPARE(f.count->text(), expected ? QStringLiteral("1 of %1").arg(expected) : QStringLiteral("No matches"));
        if (expected) {
            QVERIFY(selectsWord(f.browser, needle));
            const QColor highlight = f.browser->extraSelections().constFirst().format.background().color();
            QVERIFY(highlight.isValid());
            QVERIFY(highlight != f.browser->palette().color(QPalette::Base));
        } else
            QVERIFY(!f.browser->textCursor().hasSelection());
    }

    void typingUpdatesCount()
    {
        Fixture f;
        f.bar->activate();
        QCOMPARE(f.count->text(), QString());
        QTest::keyClicks(f.field, QStringLiteral("a"));
        QCOMPARE(f.count->text(), QStringLiteral("1 of 6")); // Atlas twice, fast, safe, Cargo, crates
        QTest::keyClicks(f.field, QStringLiteral("t"));
        QCOMPARE(f.count->text(), QStringLiteral("1 of 2")); // Atlas, crates
        QTest::keyClicks(f.field, QStringLiteral("l"));
        QCOMPARE(f.count->text(), QStringLiteral("1 of 1"));
        QVERIFY(selectsWord(f.browser, QStringLiteral("atl")));

        const QColor plainBase = f.field->palette().color(QPalette::Base);
        QTest::keyClicks(f.field, QStringLiteral("x"));
        QCOMPARE(f.count->text(), QStringLiteral("No matches"));
        QCOMPARE(f.browser->extraSelections().size(), 0);
        QVERIFY(f.field->palette().color(QPalette::Base) != plainBase);

        f.field->clear();
        QCOMPARE(f.count->text(), QString());
        QCOMPARE(f.bar->matchCount(), 0);
        QCOMPARE(f.field->palette().color(QPalette::Base), plainBase);
    }

    void nextAndPreviousWrap()
    {
        Fixture f;
        f.bar->activate();
        QTest::keyClicks(f.field, QStringLiteral("rust"));
        QCOMPARE(f.bar->matchCount(), 5);
        int lastStart = -1;
        for (int expected = 1; expected <= 5; ++expected) {
            QCOMPARE(f.bar->currentMatch(), expected);
            QCOMPARE(f.count->text(), QStringLiteral("%1 of 5").arg(expected));
            QVERIFY(selectsWord(f.browser, QStringLiteral("rust")));
            QVERIFY(f.browser->textCursor().selectionStart() > lastStart);
            lastStart = f.browser->textCursor().selectionStart();
            f.bar->findNext();
        }
        QCOMPARE(f.bar->currentMatch(), 1);
        f.bar->findPrevious();
        QCOMPARE(f.bar->currentMatch(), 5);
        QCOMPARE(f.browser->textCursor().selectionStart(), lastStart);
        f.bar->findPrevious();
        QCOMPARE(f.bar->currentMatch(), 4);
        QCOMPARE(f.browser->extraSelections().size(), f.bar->matchCount());
    }

    void extendingTheWordKeepsPosition()
    {
        Fixture f;
        f.bar->activate();
        QTest::keyClicks(f.field, QStringLiteral("rust"));
        f.bar->findNext();
        f.bar->findNext();
        QCOMPARE(f.bar->currentMatch(), 3); // the lower-case "rust is safe"
        const int start = f.browser->textCursor().selectionStart();
        QTest::keyClicks(f.field, QStringLiteral(" is"));
        QCOMPARE(f.count->text(), QStringLiteral("2 of 3"));
        QCOMPARE(f.browser->textCursor().selectionStart(), start);
    }

    void noMatchTintFollowsDarkPalette()
    {
        Fixture f;
        f.bar->activate();
        QTest::keyClicks(f.field, QStringLiteral("zzz"));
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        f.window.setPalette(dark);
        const QColor tint = f.field->palette().color(QPalette::Base);
        QVERIFY(tint != dark.color(QPalette::Base));
        QVERIFY(tint.redF() > tint.greenF());
        QVERIFY(tint.lightness() < dark.color(QPalette::Text).lightness() / 2); // text stays readable
    }

    void keysAndButtonsStep()
    {
        Fixture f;
        f.bar->activate();
        QTest::keyClicks(f.field, QStringLiteral("rust"));
        QTest::keyClick(f.field, Qt::Key_Return);
        QCOMPARE(f.bar->currentMatch(), 2);
        QTest::keyClick(f.field, Qt::Key_Enter, Qt::KeypadModifier);
        QCOMPARE(f.bar->currentMatch(), 3);
        QTest::keyClick(f.field, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(f.bar->currentMatch(), 2);
        QTest::mouseClick(f.bar->findChild<QToolButton *>(QStringLiteral("findPrevious")), Qt::LeftButton);
        QTest::mouseClick(f.bar->findChild<QToolButton *>(QStringLiteral("findPrevious")), Qt::LeftButton);
        QCOMPARE(f.bar->currentMatch(), 5);
        QTest::mouseClick(f.bar->findChild<QToolButton *>(QStringLiteral("findNext")), Qt::LeftButton);
        QCOMPARE(f.bar->currentMatch(), 1);
    }

    void escapeDismisses()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        QSignalSpy dismissed(f.bar, &FindBar::dismissed);
        f.bar->activate();
        QVERIFY(f.bar->isVisible());
        QVERIFY(f.field->hasFocus());
        QTest::keyClicks(f.field, QStringLiteral("rust"));
        QCOMPARE(f.browser->extraSelections().size(), 5);
        QTest::keyClick(f.field, Qt::Key_Escape);
        QVERIFY(f.bar->isHidden());
        QCOMPARE(f.browser->extraSelections().size(), 0);
        QCOMPARE(dismissed.size(), 1);
        QVERIFY(f.browser->hasFocus());

        // Showing the bar again restores the highlights and selects the text for overtyping.
        f.bar->activate();
        QCOMPARE(f.browser->extraSelections().size(), 5);
        QCOMPARE(f.field->selectedText(), QStringLiteral("rust"));

        // Ctrl+F while the field already has focus gets no focus-in, yet must still select for overtyping.
        f.field->deselect();
        f.bar->activate();
        QCOMPARE(f.field->selectedText(), QStringLiteral("rust"));
    }

    void closeButtonDismisses()
    {
        Fixture f;
        QSignalSpy dismissed(f.bar, &FindBar::dismissed);
        f.bar->activate();
        QTest::keyClicks(f.field, QStringLiteral("rust"));
        QTest::mouseClick(f.bar->findChild<QToolButton *>(QStringLiteral("findClose")), Qt::LeftButton);
        QVERIFY(f.bar->isHidden());
        QCOMPARE(f.browser->extraSelections().size(), 0);
        QCOMPARE(dismissed.size(), 1);
    }

    void closingFindKeepsTheSearchMarks()
    {
        // The words a search found stay marked under find's matches, and after find is closed.
        Fixture f;
        QTextCursor fast = f.browser->document()->find(QStringLiteral("fast"));
        QVERIFY(!fast.isNull());
        MarkLayers::of(f.browser)->set(MarkLayers::Search, {QTextEdit::ExtraSelection{fast, QTextCharFormat()}});
        f.bar->activate();
        QTest::keyClicks(f.field, QStringLiteral("rust"));
        QCOMPARE(f.browser->extraSelections().size(), 1 + 5);
        QCOMPARE(f.browser->extraSelections().first().cursor.selectedText(), QStringLiteral("fast"));
        f.bar->dismiss();
        QCOMPARE(f.browser->extraSelections().size(), 1);
        QCOMPARE(f.browser->extraSelections().first().cursor.selectedText(), QStringLiteral("fast"));
        MarkLayers::of(f.browser)->clearAll();
        QVERIFY(f.browser->extraSelections().isEmpty());
    }

    void refreshRecounts()
    {
        Fixture f;
        f.bar->activate();
        QTest::keyClicks(f.field, QStringLiteral("rust"));
        f.bar->findNext();
        QCOMPARE(f.bar->currentMatch(), 2);

        f.browser->setHtml(QStringLiteral("<p>Only two: rust and Rust.</p>"));
        f.bar->refresh();
        QVERIFY(f.bar->isVisible());
        QCOMPARE(f.bar->matchCount(), 2);
        QCOMPARE(f.bar->currentMatch(), 1);
        QCOMPARE(f.browser->extraSelections().size(), 2);
        QCOMPARE(f.count->text(), QStringLiteral("1 of 2"));
        QVERIFY(selectsWord(f.browser, QStringLiteral("rust")));

        // Hidden, the bar stays hidden and draws nothing; showing it searches the new page.
        f.bar->dismiss();
        f.browser->setHtml(kPage);
        f.bar->refresh();
        QVERIFY(f.bar->isHidden());
        QCOMPARE(f.bar->matchCount(), 0);
        QCOMPARE(f.browser->extraSelections().size(), 0);
        f.bar->activate();
        QCOMPARE(f.bar->matchCount(), 5);
        QCOMPARE(f.browser->extraSelections().size(), 5);
    }
};

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
