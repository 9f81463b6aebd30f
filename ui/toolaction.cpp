// SPDX-License-Identifier: MIT
#include "toolaction.h"

#include "lineicon.h"

#include <QAction>
#include <QCoreApplication>

QAction *ToolAction::create(QObject *parent, const QString &text, const QString &iconName, const QList<QKeySequence> &keys,
                            const QPalette &palette)
{
    auto *action = new QAction(text, parent);
    LineIcon::apply(action, iconName, palette);
    action->setShortcuts(keys);
    const QString plain = QString(text).remove(u'&').remove(u'\u2026').trimmed();
    action->setToolTip(
        keys.isEmpty() ? plain
                       : QCoreApplication::translate("ToolAction", "%1 (%2)").arg(plain, keys.first().toString(QKeySequence::NativeText)));
    return action;
}
