// SPDX-License-Identifier: MIT
#include "findbar.h"

#include "marklayers.h"

#include "lineicon.h"
#include "windowstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextDocument>
#include <QTextEdit>
#include <QToolButton>

namespace {

QToolButton *makeButton(const QString &icon, const QString &text, const QString &toolTip, const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    // Drawn in the palette's text colour: the style's own close icon all but vanished on dark.
    LineIcon::apply(button, icon, parent->palette());
    button->setText(text); // shown only if the style has no icon
    button->setAccessibleName(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FindBar::FindBar(QTextEdit *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_field(new QLineEdit(this)),
      m_previous(makeButton(QStringLiteral("go-up"), tr("Previous match"), tr("Find previous match (Shift+Enter)"),
                            QStringLiteral("findPrevious"), this)),
      m_next(makeButton(QStringLiteral("go-down"), tr("Next match"), tr("Find next match (Enter)"), QStringLiteral("findNext"), this)),
      m_count(new QLabel(this)), m_close(makeButton(QStringLiteral("window-close"), tr("Close find bar"), tr("Close the find bar (Escape)"),
                                                    QStringLiteral("findClose"), this))
{
    setObjectName(QStringLiteral("findBar"));
    m_field->setObjectName(QStringLiteral("findField"));
    m_field->setPlaceholderText(tr("Find in page"));
    m_field->setAccessibleName(tr("Find in page"));
    m_field->setToolTip(tr("Text to find in the page, ignoring case"));
    m_field->setClearButtonEnabled(true);
    m_count->setObjectName(QStringLiteral("findCount"));
    // Reserve room for the widest usual text so the buttons do not jump while typing.
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(tr("No matches")));
    m_count->setAlignment(Qt::AlignCenter);
    setFocusProxy(m_field);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_count);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindBar::dismiss);
    updateStatus();
}

int FindBar::matchCount() const
{
    return int(m_matches.size());
}
int FindBar::currentMatch() const
{
    return m_current + 1;
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    search();
}

void FindBar::findNext()
{
    step(1);
}
void FindBar::findPrevious()
{
    step(-1);
}

void FindBar::refresh()
{
    if (!isHidden()) {
        search();
        return;
    }
    // Cursors into the old page are meaningless; activate() searches the new one when shown.
    m_matches.clear();
    m_current = -1;
    updateStatus();
}

void FindBar::dismiss()
{
    hide();
    // Matches are kept so that F3 can still step through them with the bar closed.
    if (m_editor) {
        MarkLayers::of(m_editor)->set(MarkLayers::Find, {});
        m_editor->setFocus(Qt::OtherFocusReason);
    }
    emit dismissed();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    // QLineEdit and QToolButton ignore these keys, so they reach the bar from any child.
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter: step(event->modifiers().testFlag(Qt::ShiftModifier) ? -1 : 1); return;
    case Qt::Key_Escape: dismiss(); return;
    default: QWidget::keyPressEvent(event);
    }
}

void FindBar::changeEvent(QEvent *event)
{
    // Highlight and tint colours are derived from the palette, so follow a switch to or from dark mode.
    if (event->type() == QEvent::PaletteChange) {
        if (!isHidden())
            applyHighlights();
        m_field->setPalette(QPalette());
        updateStatus();
    }
    QWidget::changeEvent(event);
}

void FindBar::search()
{
    m_matches.clear();
    m_current = -1;
    const QString needle = m_field->text();
    if (m_editor && !needle.isEmpty()) {
        // Start at the current selection, so that extending the word keeps the match under the eye.
        const int from = m_editor->textCursor().selectionStart();
        QTextDocument *document = m_editor->document();
        for (QTextCursor found = document->find(needle, 0); !found.isNull(); found = document->find(needle, found)) {
            if (m_current < 0 && found.selectionStart() >= from)
                m_current = int(m_matches.size());
            m_matches.append(found);
        }
        if (m_current < 0 && !m_matches.isEmpty())
            m_current = 0;
    }
    if (!isHidden())
        applyHighlights();
    selectCurrent();
    updateStatus();
}

void FindBar::step(int delta)
{
    if (m_matches.isEmpty())
        return;
    const int count = int(m_matches.size());
    m_current = ((m_current + delta) % count + count) % count;
    selectCurrent();
    updateStatus();
}

void FindBar::selectCurrent()
{
    if (!m_editor || m_current < 0)
        return;
    m_editor->setTextCursor(m_matches.at(m_current));
    m_editor->ensureCursorVisible();
}

void FindBar::applyHighlights()
{
    if (!m_editor)
        return;
    const QPalette palette = m_editor->palette();
    QTextCharFormat format;
    format.setBackground(WindowStyle::findMark(palette));
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_matches.size());
    for (const QTextCursor &match : std::as_const(m_matches))
        selections.append({match, format});
    MarkLayers::of(m_editor)->set(MarkLayers::Find, selections);
}

void FindBar::updateStatus()
{
    const bool empty = m_field->text().isEmpty();
    const bool none = !empty && m_matches.isEmpty();
    m_count->setText(empty ? QString() : none ? tr("No matches") : tr("%1 of %2").arg(currentMatch()).arg(matchCount()));
    m_previous->setEnabled(!m_matches.isEmpty());
    m_next->setEnabled(!m_matches.isEmpty());
    // Only on a change of state: every setPalette() repolishes the field.
    if (none == m_field->testAttribute(Qt::WA_SetPalette))
        return;
    // Tinting the inherited base keeps the palette's own text colour readable in dark themes too;
    // an empty palette drops the override.
    QPalette tinted = palette();
    tinted.setColor(QPalette::Base, WindowStyle::mix(tinted.color(QPalette::Base), QColor(Qt::red), 0.3));
    m_field->setPalette(none ? tinted : QPalette());
}

QString FindBar::query() const
{
    return isVisible() ? m_field->text() : QString();
}

void FindBar::restore(const QString &text)
{
    if (text.isEmpty()) {
        if (isVisible())
            dismiss();
        return;
    }
    m_field->setText(text);
    activate();
}
