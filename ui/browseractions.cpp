// SPDX-License-Identifier: MIT
#include "browseractions.h"

#include "toolaction.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QToolButton>

BrowserActions::BrowserActions(QMainWindow *window)
    : QObject(window),
      search(create(tr("&Search\u2026"), "edit-find", {QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::CTRL | Qt::Key_L)})),
      back(create(tr("&Back"), "go-back", {QKeySequence(Qt::ALT | Qt::Key_Left)}, QKeySequence::Back)),
      forward(create(tr("&Forward"), "go-forward", {QKeySequence(Qt::ALT | Qt::Key_Right)}, QKeySequence::Forward)),
      home(create(tr("&Home"), "go-home", {QKeySequence(Qt::ALT | Qt::Key_Home)})),
      // Reading order: a book's previous and next chapter. Alt+Page Up/Down, as readers that page
      // through documents use, leave plain Page Up/Down to scroll the page.
      previousPage(create(tr("&Previous Page"), "go-previous", {QKeySequence(Qt::ALT | Qt::Key_PageUp)})),
      nextPage(create(tr("&Next Page"), "go-next", {QKeySequence(Qt::ALT | Qt::Key_PageDown)})),
      find(create(tr("&Find in Page\u2026"), "edit-find", {QKeySequence(Qt::CTRL | Qt::Key_F)}, QKeySequence::Find)),
      findNext(create(tr("Find &Next"), "", {QKeySequence(Qt::Key_F3)}, QKeySequence::FindNext)),
      findPrevious(create(tr("Find Pre&vious"), "", {QKeySequence(Qt::SHIFT | Qt::Key_F3)}, QKeySequence::FindPrevious)),
      zoomIn(create(tr("Zoom &In"), "zoom-in", {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                    QKeySequence::ZoomIn)),
      zoomOut(create(tr("Zoom &Out"), "zoom-out", {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, QKeySequence::ZoomOut)),
      zoomReset(create(tr("&Actual Size"), "zoom-original", {QKeySequence(Qt::CTRL | Qt::Key_0)})),
      audienceMatrix(create(tr("Audiences \u00d7 &Categories\u2026"), "", {})),
      preferences(create(tr("P&references\u2026"), "", {QKeySequence(Qt::CTRL | Qt::Key_Comma)}, QKeySequence::Preferences)),
      quit(create(tr("&Quit"), "", {QKeySequence(Qt::CTRL | Qt::Key_Q)}, QKeySequence::Quit)), about(create(tr("&About Rust Atlas"), "")),
      aboutQt(create(tr("About &Qt"), ""))
{
    back->setEnabled(false);
    forward->setEnabled(false);
    addMenusAndToolBar(window);
}

QAction *BrowserActions::create(const QString &text, const char *iconName, QList<QKeySequence> keys, int standardKey)
{
    // Explicit keys first: the platform's standard bindings can be empty (offscreen, minimal desktops).
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::StandardKey(standardKey))) {
        if (!keys.contains(key))
            keys.push_back(key);
    }
    return ToolAction::create(this, text, QLatin1String(iconName), keys, static_cast<QWidget *>(parent())->palette());
}

void BrowserActions::adaptTo(bool atlas)
{
    audienceMatrix->setVisible(atlas);
    previousPage->setVisible(!atlas);
    nextPage->setVisible(!atlas);
}

void BrowserActions::addMenusAndToolBar(QMainWindow *window)
{
    m_fileMenu = window->menuBar()->addMenu(tr("&File"));
    preferences->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addAction(preferences);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);
    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    view->addActions({find, findNext, findPrevious});
    view->addSeparator();
    view->addActions({zoomIn, zoomOut, zoomReset});
    view->addSeparator();
    view->addAction(audienceMatrix);
    QMenu *go = window->menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    go->addActions({search, back, forward, home});
    go->addSeparator();
    go->addActions({previousPage, nextPage});
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->addActions({about, aboutQt});

    QToolBar *toolBar = m_toolBar = window->addToolBar(tr("Navigation"));
    toolBar->setObjectName(QStringLiteral("navigationToolBar"));
    toolBar->setMovable(false);
    toolBar->addActions({back, forward, home, previousPage, nextPage});
    toolBar->addSeparator();
    toolBar->addActions({zoomOut, zoomIn, find});
    for (QAction *action : toolBar->actions()) {
        if (QWidget *button = toolBar->widgetForAction(action))
            button->setAccessibleName(action->text().remove(u'&'));
    }
    // The history lists belong to the tool bar's buttons (hold or use the arrow); in the Go menu
    // Back and Forward stay plain commands.
    m_backMenu = new QMenu(window);
    m_forwardMenu = new QMenu(window);
    for (auto [action, menu] : {std::pair{back, m_backMenu}, std::pair{forward, m_forwardMenu}}) {
        auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action));
        button->setMenu(menu);
        button->setPopupMode(QToolButton::MenuButtonPopup);
    }
}
