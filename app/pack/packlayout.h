// SPDX-License-Identifier: MIT
#pragma once

#include "pack/problem.h"
#include "packkind.h"

#include <QString>
#include <QStringList>
#include <QVector>

/// Where a pack's files are and what kind of collection they make, decided before any page is read.
struct PackLayout
{
    PackKind kind = PackKind::Folder;
    QString root; ///< The folder that was opened, absolute (or the bundled resource path).
    QString pagesRoot; ///< Page paths are relative to this: a book's src/, otherwise the root.
    QString bookRoot; ///< Includes and images may reach anywhere inside this folder, never outside.
    QString title; ///< The book's or atlas's own title; empty: the folder's name serves.
    QStringList authors;
    QVector<Problem> problems; ///< A malformed book.toml or index front matter.
};
