// SPDX-License-Identifier: MIT
#pragma once

#include "library/librarysearch.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;
class SearchIndex;
class SearchResultModel;

/// Search as you type: a field (with a completer of page titles), the ranked results and a
/// status line that says when nothing matched and suggests close titles.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    static constexpr int DebounceMs = 120;

    /// The pack on screen, or every open pack.
    enum class Scope { CurrentPack, AllPacks };
    /// What to search for a scope; asked on every search, so it follows the library.
    using SourceProvider = std::function<QVector<SearchSource>(Scope)>;

    SearchPanel(SourceProvider sources, const QStringList &pageTitles, QWidget *parent = nullptr);

    /// The titles the field completes (the pack on screen).
    void setPageTitles(const QStringList &pageTitles);
    Scope scope() const;
    void setScope(Scope scope);

    QLineEdit *field() const { return m_field; }
    int resultCount() const;
    /// Focuses the field with its text selected, ready for a new query.
    void focusField();

signals:
    void resultActivated(const QString &packRoot, const QString &pageId, const QString &anchor, const QStringList &highlightTerms);
    void titleChosen(const QString &title);
    /// True while the field holds a query, so the window can show results instead of the tree.
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void activate(const QModelIndex &index);
    void showNothingFound(const QString &text, const QString &message);

    SourceProvider m_sources;
    QLineEdit *m_field;
    QComboBox *m_scope;
    QListView *m_results;
    QLabel *m_status;
    SearchResultModel *m_model;
    QTimer *m_debounce;
    QStringList m_highlightTerms;
};
