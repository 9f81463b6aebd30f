// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QTextEdit>

/// The highlights of one text view, in layers that are set and cleared on their own: the words
/// a search found (PageView) and the find bar's matches (FindBar). The view's extra selections
/// are always all the layers together, find's on top, so closing the find bar leaves the
/// search's words marked.
class MarkLayers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkLayers)

public:
    enum Layer { Search, Find, LayerCount };

    /// The layers of \a editor, made on first use (a child of the editor).
    static MarkLayers *of(QTextEdit *editor);

    void set(Layer layer, const QList<QTextEdit::ExtraSelection> &selections);
    /// Every layer: the text they marked is gone (a new page).
    void clearAll();

private:
    explicit MarkLayers(QTextEdit *editor);
    void apply();

    QTextEdit *m_editor;
    QList<QTextEdit::ExtraSelection> m_layers[LayerCount];
};
