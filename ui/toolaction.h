// SPDX-License-Identifier: MIT
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QObject;
class QPalette;

/// The one way the window makes an action for its menus and tool bar (BrowserActions,
/// PrintController): its line icon in the palette's colours, its keys, and a tool tip that
/// names the first key after the text (without its mnemonic and ellipsis).
namespace ToolAction {
QAction *create(QObject *parent, const QString &text, const QString &iconName, const QList<QKeySequence> &keys, const QPalette &palette);
} // namespace ToolAction
