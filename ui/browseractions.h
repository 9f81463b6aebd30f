// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

/// The window's commands with their icons, shortcuts and tooltips, and the menus and tool bar
/// that show them. The window connects them to what they do.
class BrowserActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserActions)

public:
    explicit BrowserActions(QMainWindow *window);

    QAction *const search;
    QAction *const back;
    QAction *const forward;
    QAction *const home;
    QAction *const previousPage;
    QAction *const nextPage;
    QAction *const find;
    QAction *const findNext;
    QAction *const findPrevious;
    QAction *const zoomIn;
    QAction *const zoomOut;
    QAction *const zoomReset;
    QAction *const audienceMatrix;
    QAction *const preferences;
    QAction *const quit;
    QAction *const about;
    QAction *const aboutQt;

    QMenu *fileMenu() const { return m_fileMenu; }
    /// The history list under the tool bar's Back (@p direction < 0) or Forward button.
    QMenu *historyMenu(int direction) const { return direction < 0 ? m_backMenu : m_forwardMenu; }
    /// Shows what fits the kind of pack on screen: an atlas's table, or a book's reading order.
    void adaptTo(bool atlas);
    QToolBar *toolBar() const { return m_toolBar; }

private:
    QAction *create(const QString &text, const char *iconName, QList<QKeySequence> keys = {}, int standardKey = 0);
    void addMenusAndToolBar(QMainWindow *window);

    QMenu *m_fileMenu = nullptr;
    QMenu *m_backMenu = nullptr;
    QMenu *m_forwardMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
};
