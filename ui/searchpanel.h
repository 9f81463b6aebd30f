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

/// Search as you type: a field, the ranked results and a status line that says how many pages
/// match ("20 of 31", with more on demand) or, when nothing matched, suggests close titles.
/// The results are the one list of suggestions: arrows move through them, Enter opens one,
/// Escape clears the query and, on an empty field, hands the focus back to the page.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    static constexpr int DebounceMs = 120;
    static constexpr int MoreStep = 50; ///< Results added by "Show more"

    /// The pack on screen, or every open pack.
    enum class Scope { CurrentPack, AllPacks };
    /// What to search for a scope; asked on every search, so it follows the library.
    using SourceProvider = std::function<QVector<SearchSource>(Scope)>;

    explicit SearchPanel(SourceProvider sources, QWidget *parent = nullptr);

    Scope scope() const;
    void setScope(Scope scope);

    QLineEdit *field() const { return m_field; }
    int resultCount() const;
    /// Focuses the field with its text selected, ready for a new query.
    void focusField();

signals:
    void resultActivated(const QString &packRoot, const QString &pageId, const QString &anchor, const QStringList &highlightTerms);
    /// Escape on an empty field: the reader is done searching.
    void dismissed();
    /// True while the field holds a query, so the window can show results instead of the tree.
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    void activate(const QModelIndex &index);
    void showCount(const SearchResults &found);
    void showNothingFound(const QString &text, const SearchResults &found);
    void followStatusLink(const QString &link);

    SourceProvider m_sources;
    QLineEdit *m_field;
    QComboBox *m_scope;
    QListView *m_results;
    QLabel *m_status;
    SearchResultModel *m_model;
    QTimer *m_debounce;
    QStringList m_highlightTerms;
    QVector<TitleSuggestion> m_suggestions; ///< Offered in the status line
    int m_limit; ///< Results shown; "Show more" raises it
    bool m_asTyped = false; ///< "Search instead for": no spelling correction
};
