// SPDX-License-Identifier: MIT
#include "historycontroller.h"

#include "content/catalogue.h"
#include "historydialog.h"
#include "library/openpack.h"
#include "mainwindow.h"
#include "navigator.h"
#include "packopener.h"

#include <QAction>
#include <QMenu>

HistoryController::HistoryController(MainWindow &window, Library &library, QSettings &settings)
    : QObject(&window), m_window(window), m_library(library), m_history(settings), m_show(new QAction(tr("&History\u2026"), this))
{
    m_show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(m_show, &QAction::triggered, this, &HistoryController::showHistory);
    if (auto *go = window.findChild<QMenu *>(QStringLiteral("goMenu"))) {
        go->addSeparator();
        go->addAction(m_show);
    } else {
        window.addAction(m_show);
    }
    // The navigator names every page it shows; that is a visit.
    if (auto *navigator = window.findChild<Navigator *>()) {
        connect(navigator, &Navigator::pageTitleChanged, this, [this](const QString &title) {
            m_history.record({m_window.currentPack()->root(), m_window.currentLocation(), title, QDateTime::currentDateTime()});
        });
    }
}

void HistoryController::showHistory()
{
    HistoryDialog dialog(m_history, &m_window);
    connect(&dialog, &HistoryDialog::openRequested, this,
            [this](const QString &root, const Location &location) { openPlace(m_window, m_library, root, location); });
    dialog.exec();
}
