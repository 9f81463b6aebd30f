// SPDX-License-Identifier: MIT
// Assistive technology sees the window through QAccessible: every control in it must say what
// it is (a role) and be named, so that a screen reader can announce it. The test walks the whole
// tree of accessible objects, as a screen reader does, and names each unnamed control it finds.
#include "bookmarkcontroller.h"
#include "bookmarkdialog.h"
#include "bookmarkmanager.h"
#include "historycontroller.h"
#include "historydialog.h"
#include "library/library.h"
#include "mainwindow.h"
#include "tabcontroller.h"

#include <QAccessible>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::Table:
    case QAccessible::PageTabList:
    case QAccessible::ScrollBar: return true;
    default: return false;
    }
}

/// Every control under \a node without a name, as "role at path".
void collectUnnamed(QAccessibleInterface *node, const QString &path, int depth, QStringList *unnamed, int *controls)
{
    if (!node || depth > 40)
        return;
    const QAccessible::Role role = node->role();
    const bool hidden = node->state().invisible;
    if (!hidden && isControl(role) && role != QAccessible::ScrollBar) {
        ++*controls;
        if (node->text(QAccessible::Name).trimmed().isEmpty())
            unnamed->push_back(QStringLiteral("%1 (role %2)").arg(path).arg(int(role)));
    }
    // Items of lists and trees are named by their text; the walk stays with the widgets.
    if (role == QAccessible::List || role == QAccessible::Tree || role == QAccessible::Table || hidden)
        return;
    for (int i = 0; i < node->childCount(); ++i) {
        QAccessibleInterface *child = node->child(i);
        const QObject *object = child ? child->object() : nullptr;
        collectUnnamed(child, path + u'/' + (object && !object->objectName().isEmpty() ? object->objectName() : QString::number(i)),
                       depth + 1, unnamed, controls);
    }
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void everyControlIsNamed()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Library library(settings);
        MainWindow window(library, library.open(Library::bundledRoot()), settings);
        BookmarkController::attach(window, library, dir.filePath(QStringLiteral("bookmarks.xbel")));
        new HistoryController(window, library, settings);
        auto *tabs = new TabController(window, library, settings);
        tabs->newTab(); // the tab bar shows
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList unnamed;
        int controls = 0;
        collectUnnamed(QAccessible::queryAccessibleInterface(&window), QStringLiteral("window"), 0, &unnamed, &controls);
        QVERIFY2(controls >= 8, qPrintable(QString::number(controls))); // the walk reached the controls
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));

        // The walk does find a control without a name.
        auto *stray = new QLineEdit(window.statusBar());
        stray->setObjectName(QStringLiteral("stray"));
        window.statusBar()->addWidget(stray);
        stray->show();
        unnamed.clear();
        collectUnnamed(QAccessible::queryAccessibleInterface(&window), QStringLiteral("window"), 0, &unnamed, &controls);
        QCOMPARE(unnamed.size(), 1);
        QVERIFY2(unnamed.first().contains(QStringLiteral("stray")), qPrintable(unnamed.first()));
    }

    void dialogsNameTheirControls()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        BookmarkStore store(dir.filePath(QStringLiteral("bookmarks.xbel")));
        VisitHistory history(settings);
        BookmarkManager manager(store);
        BookmarkDialog add(store.root(), QStringLiteral("A page"));
        HistoryDialog visits(history);
        for (QWidget *dialog : std::initializer_list<QWidget *>{&manager, &add, &visits}) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QStringList unnamed;
            int controls = 0;
            collectUnnamed(QAccessible::queryAccessibleInterface(dialog), dialog->windowTitle(), 0, &unnamed, &controls);
            QVERIFY2(controls >= 2, qPrintable(dialog->windowTitle()));
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
