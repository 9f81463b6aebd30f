// SPDX-License-Identifier: MIT
#include "marklayers.h"

MarkLayers::MarkLayers(QTextEdit *editor) : QObject(editor), m_editor(editor)
{
    setObjectName(QStringLiteral("markLayers"));
}

MarkLayers *MarkLayers::of(QTextEdit *editor)
{
    auto *layers = editor->findChild<MarkLayers *>(QStringLiteral("markLayers"), Qt::FindDirectChildrenOnly);
    return layers ? layers : new MarkLayers(editor);
}

void MarkLayers::set(Layer layer, const QList<QTextEdit::ExtraSelection> &selections)
{
    m_layers[layer] = selections;
    apply();
}

void MarkLayers::clearAll()
{
    for (auto &layer : m_layers)
        layer.clear();
    apply();
}

void MarkLayers::apply()
{
    QList<QTextEdit::ExtraSelection> all;
    for (const auto &layer : m_layers)
        all += layer;
    m_editor->setExtraSelections(all);
}
