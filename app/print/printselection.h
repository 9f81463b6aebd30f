// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/// What to print or export.
struct PrintSelection
{
    enum class Kind {
        Page,       ///< one atlas page
        Selection,  ///< part of a page, as HTML (what the page view has selected)
        Audience,   ///< one audience page, then the categories that matter to it
        Audiences,  ///< the audience overview and every audience
        Categories, ///< the category overview with its figure, then every category
        Atlas,      ///< the whole atlas as one booklet: cover, contents, every page
    };

    Kind kind = Kind::Atlas;
    QString pageId; ///< Page and Audience; for Selection, the page the HTML was taken from
    QString html;   ///< Selection only

    static PrintSelection page(const QString &id) { return {Kind::Page, id, {}}; }
    static PrintSelection selection(const QString &id, const QString &selectedHtml)
    {
        return {Kind::Selection, id, selectedHtml};
    }
    static PrintSelection audience(const QString &id) { return {Kind::Audience, id, {}}; }
    static PrintSelection section(Kind sectionKind) { return {sectionKind, {}, {}}; }

    /// The names the command line's --section takes: "audiences", "categories", "all".
    static QStringList sectionNames();
    /// The selection for one of sectionNames() (case-insensitive); nothing for other names.
    static std::optional<PrintSelection> fromSectionName(const QString &name);
};
