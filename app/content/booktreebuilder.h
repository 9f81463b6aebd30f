// SPDX-License-Identifier: MIT
#pragma once

#include "pack/page.h"
#include "pack/summaryparser.h"
#include "treebuilder.h"

#include <QHash>
#include <QVector>

/// The contents of an mdBook, as its SUMMARY.md lays it out: prefix chapters, parts (with their
/// chapters beneath), numbered and nested chapters, drafts and separators (shown, disabled),
/// suffix chapters. The summary's link text becomes each chapter's title. Pages the summary does
/// not name are listed at the end, so an author sees them.
class BookTreeBuilder final
{
public:
    BookTreeBuilder(const Summary &summary, QVector<Page> &pages, const QHash<QString, int> &indexById);

    PackStructure build(QVector<Problem> *problems) const;

private:
    const Summary &m_summary;
    QVector<Page> &m_pages;
    const QHash<QString, int> &m_indexById;
};
