// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/// What to print or export.
struct PrintSelection
{
    enum class Kind {
        Page, ///< one atlas page
        Selection, ///< part of a page: the characters the page view has selected
        Audience, ///< one audience page, then the categories that matter to it
        Audiences, ///< the audience overview and every audience
        Categories, ///< the category overview with its figure, then every category
        Atlas, ///< the whole pack as one booklet: cover (a book's title page), contents, every page
        Branch, ///< a chapter or folder and everything under it in the tree, as a booklet
        Tagged, ///< the pages with a tag, as a booklet
    };

    Kind kind = Kind::Atlas;
    QString pageId; ///< Page and Audience; for Selection, the page the HTML was taken from; for
        ///< Branch, the chapter's page id or the folder's path
    QString tag; ///< Tagged only
    /// Selection only: the selected characters, as positions in the page's document (the page
    /// view's, which the paper's is built like).
    int from = 0;
    int to = 0;

    static PrintSelection page(const QString &id) { return {Kind::Page, id, {}}; }
    static PrintSelection selection(const QString &id, int from, int to) { return {Kind::Selection, id, {}, from, to}; }
    static PrintSelection audience(const QString &id) { return {Kind::Audience, id, {}}; }
    static PrintSelection section(Kind sectionKind) { return {sectionKind, {}, {}}; }
    static PrintSelection branch(const QString &id) { return {Kind::Branch, id, {}}; }
    static PrintSelection tagged(const QString &tagName) { return {Kind::Tagged, {}, tagName}; }

    /// The names the command line's --section takes: "audiences", "categories", "all".
    static QStringList sectionNames();
    /// The selection for one of sectionNames() (case-insensitive); nothing for other names
    /// (which the command line then reads as a chapter or folder: branch()).
    static std::optional<PrintSelection> fromSectionName(const QString &name);
};
