// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointer>
#include <QTextCursor>
#include <QWidget>

class QTextEdit;
class QLineEdit;
class QLabel;
class QToolButton;

/// Find in page: a bar under the page view with a field, previous/next, a match count and a close button.
/// All matches are highlighted; the current one is selected in the editor.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)
public:
    explicit FindBar(QTextEdit *editor, QWidget *parent = nullptr);
    int matchCount() const;
    int currentMatch() const; ///< 1-based; 0 when there is no match
public slots:
    void activate(); ///< show, focus the field, select its text, search again
    void findNext();
    void findPrevious();
    void refresh(); ///< search again after the editor's document changed (new page); keeps the bar's visibility
    void dismiss(); ///< hide, clear highlights, give focus back to the editor
    /// What is being looked for while the bar is shown; empty when it is hidden.
    QString query() const;
    /// Shows the bar looking for \a text, or hides it when \a text is empty (a tab's find state).
    void restore(const QString &text);
signals:
    void dismissed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void search();
    void step(int delta);
    void selectCurrent();
    void applyHighlights();
    void updateStatus();

    // The editor usually dies with the same window, but not necessarily after the bar.
    QPointer<QTextEdit> m_editor;
    QLineEdit *m_field;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_count;
    QToolButton *m_close;
    QList<QTextCursor> m_matches;
    int m_current = -1;
};
