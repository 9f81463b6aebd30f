// SPDX-License-Identifier: MIT
#pragma once

#include "cataloguerecord.h"
#include "markdown/parsedpage.h"
#include "pack/packreader.h"
#include "pack/pageloader.h"

#include <QHash>

#include <atomic>

struct PackLayout;

/// Reads the pages of a pack, or only those whose files changed since a previous load (known by
/// their FileStamp): the others are taken as they were. Pages are read and parsed in parallel.
class ChangedPageReader final
{
public:
    struct Result
    {
        QVector<Page> pages; ///< In the order of the entries.
        QHash<QString, ParsedPage> read; ///< The bodies of the pages read now, by id (see below).
        QVector<Problem> unreadable; ///< Files that could not be read.
    };

    /// With \a toShow, pages are read to be shown (PageLoader) and their bodies kept whole.
    ChangedPageReader(const PackReader &reader, const PackLayout &layout, PageLoader::Resolve toShow = {})
        : m_reader(reader), m_layout(layout), m_toShow(std::move(toShow))
    { }

    /// Bodies keep only what the structure and the link check need (no HTML; plain text only
    /// for a vault, whose block references are found in it), unless read to be shown.
    /// Pages not yet read when \a cancelled is set are left out.
    Result read(const QVector<SourceEntry> &entries, const CatalogueRecord *previous, const std::atomic_bool *cancelled = nullptr) const;

private:
    QVector<const Page *> unchanged(const QVector<SourceEntry> &entries, const CatalogueRecord *previous) const;

    const PackReader &m_reader;
    const PackLayout &m_layout;
    PageLoader::Resolve m_toShow;
};
