// SPDX-License-Identifier: MIT
#pragma once

#include "navigation/visithistory.h"

#include <QObject>

class Library;
class MainWindow;
class QAction;
class QSettings;

/// Records every page the window shows in a VisitHistory and offers Go › History (Ctrl+H).
class HistoryController final : public QObject
{
    Q_OBJECT

public:
    HistoryController(MainWindow &window, Library &library, QSettings &settings);

    VisitHistory &history() { return m_history; }
    QAction *showAction() const { return m_show; }

public slots:
    void showHistory();

private:
    MainWindow &m_window;
    Library &m_library;
    VisitHistory m_history;
    QAction *m_show;
};
