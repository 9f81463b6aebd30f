// SPDX-License-Identifier: MIT
#pragma once

#include "navigation/visithistory.h"

#include <QDialog>

class QLineEdit;
class QTreeWidget;

/// Go › History (Ctrl+H): the pages visited lately, newest first, with their pack and time;
/// typing filters them, Enter or a double click opens one, and the history can be cleared.
class HistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(VisitHistory &history, QWidget *parent = nullptr);

    QLineEdit *filter() const { return m_filter; }
    QTreeWidget *list() const { return m_list; }

public slots:
    void clearHistory();

signals:
    void openRequested(const QString &packRoot, const Location &location);

private:
    void refill();

    VisitHistory &m_history;
    QLineEdit *m_filter;
    QTreeWidget *m_list;
};
