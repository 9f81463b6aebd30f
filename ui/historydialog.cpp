// SPDX-License-Identifier: MIT
#include "historydialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

HistoryDialog::HistoryDialog(VisitHistory &history, QWidget *parent)
    : QDialog(parent), m_history(history), m_filter(new QLineEdit(this)), m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("History"));
    resize(680, 440);
    m_filter->setPlaceholderText(tr("Filter by title or page"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter history"));
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Pages visited"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Page"), tr("Pack"), tr("Visited")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *clear = new QPushButton(tr("&Clear History"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(clear, QDialogButtonBox::ResetRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(clear, &QPushButton::clicked, this, &HistoryDialog::clearHistory);
    connect(m_filter, &QLineEdit::textChanged, this, &HistoryDialog::refill);
    const auto open = [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        emit openRequested(item->data(0, Qt::UserRole).toString(), Location::fromString(item->data(1, Qt::UserRole).toString()));
        accept();
    };
    connect(m_list, &QTreeWidget::itemActivated, this, open);
    connect(m_filter, &QLineEdit::returnPressed, this, [this, open] { open(m_list->topLevelItem(0)); });
    refill();
}

void HistoryDialog::refill()
{
    m_list->clear();
    const QLocale locale;
    for (const VisitHistory::Visit &visit : m_history.matching(m_filter->text())) {
        const QString pack
            = visit.packRoot.startsWith(u':') || visit.packRoot.isEmpty() ? tr("Rust Atlas") : QFileInfo(visit.packRoot).fileName();
        auto *item = new QTreeWidgetItem({visit.title, pack, locale.toString(visit.time.toLocalTime(), QLocale::ShortFormat)});
        item->setData(0, Qt::UserRole, visit.packRoot);
        item->setData(1, Qt::UserRole, visit.location.toString());
        item->setToolTip(1, QDir::toNativeSeparators(visit.packRoot));
        m_list->addTopLevelItem(item);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void HistoryDialog::clearHistory()
{
    m_history.clear();
    refill();
}
