// SPDX-License-Identifier: MIT
#pragma once
// English plurals ("1 page", "2 pages") come from the bundled English translation, as in the
// program; tests that read counted text install it first.

#include <QCoreApplication>
#include <QTranslator>

inline bool installEnglishPlurals()
{
    auto *english = new QTranslator(QCoreApplication::instance());
    return english->load(QStringLiteral(":/i18n/rust-atlas_en.qm")) && QCoreApplication::installTranslator(english);
}
