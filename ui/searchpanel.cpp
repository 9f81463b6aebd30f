// SPDX-License-Identifier: MIT
#include "searchpanel.h"

#include "models/itemroles.h"
#include "models/searchresultmodel.h"
#include "search/searchindex.h"
#include "searchresultdelegate.h"

#include <QComboBox>
#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

SearchPanel::SearchPanel(SourceProvider sources, const QStringList &pageTitles, QWidget *parent)
    : QWidget(parent),
      m_sources(std::move(sources)),
      m_field(new QLineEdit),
      m_scope(new QComboBox),
      m_results(new QListView),
      m_status(new QLabel),
      m_model(new SearchResultModel(this)),
      m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchPanel"));
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search topics (Ctrl+K)"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search"));
    m_field->setToolTip(tr("Search all pages: words must all appear; use \"quotes\" for phrases, -word to exclude, OR for either"));
    setPageTitles(pageTitles);
    m_scope->setObjectName(QStringLiteral("searchScope"));
    m_scope->addItem(tr("This pack"));
    m_scope->addItem(tr("All open packs"));
    m_scope->setAccessibleName(tr("Search in"));
    m_scope->setToolTip(tr("Search the pack on screen, or every pack open in the library"));
    connect(m_scope, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        if (!m_field->text().trimmed().isEmpty())
            runSearch();
    });

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setToolTip(tr("Press Enter or click to open a result"));
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setUniformItemSizes(false);
    m_results->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setContentsMargins(6, 4, 6, 4);
    m_status->setAccessibleName(tr("Search status"));
    connect(m_status, &QLabel::linkActivated, this, [this](const QString &title) {
        m_field->setText(title);
        emit titleChosen(title);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(2);
    layout->addWidget(m_field);
    layout->addWidget(m_scope);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    m_results->hide();
    m_status->hide();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    // Typing restarts the timer, so only the query the user paused on is run: stale ones never start.
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::runSearch);
    connect(m_results, &QListView::activated, this, &SearchPanel::activate);
    connect(m_results, &QListView::clicked, this, &SearchPanel::activate);
    m_field->installEventFilter(this);
}

void SearchPanel::setPageTitles(const QStringList &pageTitles)
{
    auto *completer = new QCompleter(pageTitles, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    delete m_field->completer();
    m_field->setCompleter(completer);
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &SearchPanel::titleChosen);
}

SearchPanel::Scope SearchPanel::scope() const
{
    return m_scope->currentIndex() == 1 ? Scope::AllPacks : Scope::CurrentPack;
}

void SearchPanel::setScope(Scope scope)
{
    m_scope->setCurrentIndex(scope == Scope::AllPacks ? 1 : 0);
}

int SearchPanel::resultCount() const
{
    return m_model->rowCount();
}

void SearchPanel::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::runSearch()
{
    const QString text = m_field->text();
    const bool active = !text.trimmed().isEmpty();
    m_results->setVisible(active);
    emit activeChanged(active);
    if (!active) {
        m_model->setResults({});
        m_status->hide();
        return;
    }
    const SearchResults found = LibrarySearch::search(m_sources(scope()), text, SearchIndex::Matching::PrefixLastWord);
    m_model->setResults(found.results);
    m_highlightTerms = found.highlightTerms;
    if (found.results.isEmpty()) {
        showNothingFound(text, found.message);
        return;
    }
    m_status->setText(found.stillIndexing ? tr("%n result(s) so far; still indexing\u2026", nullptr, int(found.results.size()))
                                          : tr("%n result(s)", nullptr, int(found.results.size())));
    m_status->show();
    m_results->setCurrentIndex(m_model->index(0));
}

void SearchPanel::showNothingFound(const QString &text, const QString &message)
{
    QString html = message.isEmpty() ? tr("No results for \u201c%1\u201d.").arg(text.toHtmlEscaped()) : message.toHtmlEscaped();
    const QVector<TitleSuggestion> suggestions = LibrarySearch::suggestions(m_sources(Scope::CurrentPack), text);
    if (!suggestions.isEmpty()) {
        QStringList links;
        for (const TitleSuggestion &suggestion : suggestions)
            links << QStringLiteral("<a href=\"%1\">%2</a>").arg(suggestion.title.toHtmlEscaped(), suggestion.title.toHtmlEscaped());
        html += u' ' + tr("Did you mean %1?").arg(links.join(QStringLiteral(", ")));
    }
    m_status->setText(html);
    m_status->show();
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (index.isValid())
        emit resultActivated(index.data(ItemRole::PackRoot).toString(), index.data(ItemRole::PageId).toString(),
                             index.data(ItemRole::Anchor).toString(),
                             index.data(ItemRole::HighlightTerms).toStringList());
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The field keeps the focus while arrows move through the results and Enter opens one.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const int row = m_results->currentIndex().row();
        if ((key == Qt::Key_Down || key == Qt::Key_Up) && m_model->rowCount() > 0) {
            const int next = std::clamp(row + (key == Qt::Key_Down ? 1 : -1), 0, m_model->rowCount() - 1);
            m_results->setCurrentIndex(m_model->index(next));
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_debounce->isActive()) { // Enter right after typing: search now, then open
                m_debounce->stop();
                runSearch();
            }
            activate(m_results->currentIndex());
            return true;
        }
        if (key == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
