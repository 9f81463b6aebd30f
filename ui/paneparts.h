// SPDX-License-Identifier: MIT
#pragma once

#include "pack/packkind.h"

#include <QString>

#include <initializer_list>

class Catalogue;
class QLabel;
class QTreeView;
class QWidget;

/// Small pieces the window's panes are made of.
namespace PaneParts {
/// A bold pane title that moves the focus to \a buddy on its mnemonic.
QLabel *title(const QString &text, QWidget *buddy);
/// \a widgets stacked without margins.
QWidget *column(std::initializer_list<QWidget *> widgets);

/// How the tree pane speaks of a kind of pack: only an atlas has audiences.
struct TreeWords
{
    QString title;
    QString toolTip;
};
TreeWords treeWords(PackKind kind);
/// Words the tree pane and its \a title for \a catalogue's kind, and opens its first level; an
/// atlas's categories stay closed, being in the grid (the tree opens them to show where one is).
void adaptTree(QLabel *title, QTreeView *tree, const Catalogue &catalogue);
} // namespace PaneParts
