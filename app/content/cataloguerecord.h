// SPDX-License-Identifier: MIT
#pragma once

#include "pack/packkind.h"
#include "pack/page.h"

#include <QStringList>
#include <QVector>

/// What a catalogue is made of, beyond what it derives: the part a PackCache keeps on disk.
struct CatalogueRecord
{
    PackKind kind = PackKind::Folder;
    QVector<Page> pages;
    QVector<Problem> packProblems; ///< Found while listing: symbolic links, unreadable files, book.toml.
    QStringList otherFiles; ///< Images and attachments, which a vault's wikilinks may name.
    quint64 layoutStamp = 0; ///< FileStamp of SUMMARY.md, book.toml and index.md.
};
