// SPDX-License-Identifier: MIT
#include "searchpanel.h"

#include "models/itemroles.h"
#include "models/searchresultmodel.h"
#include "search/searchindex.h"
#include "searchresultdelegate.h"

#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

SearchPanel::SearchPanel(SourceProvider sources, QWidget *parent)
    : QWidget(parent), m_sources(std::move(sources)), m_field(new QLineEdit), m_scope(new QComboBox), m_results(new QListView),
      m_status(new QLabel), m_model(new SearchResultModel(this)), m_debounce(new QTimer(this)), m_limit(SearchIndex::DefaultLimit)
{
    setObjectName(QStringLiteral("searchPanel"));
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search topics (Ctrl+K)"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search"));
    m_field->setToolTip(tr("Search all pages: words must all appear; use \"quotes\" for phrases, -word to exclude, OR for either"));
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
    connect(m_status, &QLabel::linkActivated, this, &SearchPanel::followStatusLink);

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
    connect(m_field, &QLineEdit::textChanged, this, [this] {
        m_limit = SearchIndex::DefaultLimit; // a new query starts with the first page of results
        m_asTyped = false;
        m_debounce->start();
    });
    connect(m_debounce, &QTimer::timeout, this, &SearchPanel::runSearch);
    connect(m_results, &QListView::activated, this, &SearchPanel::activate);
    connect(m_results, &QListView::clicked, this, &SearchPanel::activate);
    m_field->installEventFilter(this);
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
    const int row = m_results->currentIndex().row();
    const SearchResults found = LibrarySearch::search(m_sources(scope()), text, SearchIndex::Matching::PrefixLastWord, m_limit,
                                                      m_asTyped ? SearchIndex::Spelling::AsTyped : SearchIndex::Spelling::Corrected);
    m_model->setResults(found.results);
    m_highlightTerms = found.highlightTerms;
    if (found.results.isEmpty()) {
        showNothingFound(text, found);
        return;
    }
    showCount(found);
    m_results->setCurrentIndex(m_model->index(std::clamp(row, 0, m_model->rowCount() - 1)));
}

void SearchPanel::showCount(const SearchResults &found)
{
    const int shown = int(found.results.size());
    QString text;
    if (found.total <= shown)
        text = tr("%n result(s)", nullptr, shown);
    else if (found.total >= SearchResults::MaxCounted)
        text = tr("%1 of more than %n result(s)", nullptr, SearchResults::MaxCounted).arg(shown);
    else
        text = tr("%1 of %n result(s)", nullptr, found.total).arg(shown);
    if (found.stillIndexing)
        text += QStringLiteral("; ") + tr("still indexing\u2026");
    if (found.total > shown && m_limit < SearchIndex::MaxLimit)
        text += QStringLiteral(" \u00b7 <a href=\"#more\">%1</a>").arg(tr("Show more"));
    // As the big engines do: the correction is said, and the typed words are one click away.
    if (!found.correctedText.isEmpty())
        text = tr("Showing results for %1").arg(QStringLiteral("<b>%1</b>").arg(found.correctedText.trimmed().toHtmlEscaped()))
            + QStringLiteral(" \u00b7 <a href=\"#as-typed\">%1</a><br/>")
                  .arg(tr("Search instead for %1").arg(m_field->text().trimmed().toHtmlEscaped()))
            + text;
    m_status->setText(text);
    m_status->show();
}

void SearchPanel::followStatusLink(const QString &link)
{
    if (link == QLatin1String("#as-typed")) {
        m_asTyped = true;
        runSearch();
        return;
    }
    if (link == QLatin1String("#more")) {
        m_limit = std::min(m_limit + MoreStep, int(SearchIndex::MaxLimit));
        runSearch();
        return;
    }
    // "Did you mean": the suggestion's own page, even where two pages share its title.
    const int index = link.mid(1).toInt();
    if (link.startsWith(u'#') && index >= 0 && index < m_suggestions.size()) {
        const TitleSuggestion &suggestion = m_suggestions.at(index);
        emit resultActivated(suggestion.packRoot, suggestion.pageId, {}, {});
    }
}

void SearchPanel::showNothingFound(const QString &text, const SearchResults &found)
{
    QString html = found.message.isEmpty() ? tr("No results for \u201c%1\u201d.").arg(text.toHtmlEscaped()) : found.message.toHtmlEscaped();
    m_suggestions = found.suggestions;
    if (!m_suggestions.isEmpty()) {
        QStringList links;
        for (int index = 0; index < m_suggestions.size(); ++index) {
            const TitleSuggestion &suggestion = m_suggestions.at(index);
            links << QStringLiteral("<a href=\"#%1\">%2</a>").arg(index).arg(suggestion.title.toHtmlEscaped());
        }
        html += u' ' + tr("Did you mean %1?").arg(links.join(QStringLiteral(", ")));
    }
    m_status->setText(html);
    m_status->show();
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (index.isValid())
        emit resultActivated(index.data(ItemRole::PackRoot).toString(), index.data(ItemRole::PageId).toString(),
                             index.data(ItemRole::Anchor).toString(), index.data(ItemRole::HighlightTerms).toStringList());
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
        if (key == Qt::Key_Escape) {
            if (m_field->text().isEmpty())
                emit dismissed();
            else
                m_field->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
