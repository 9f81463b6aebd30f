// SPDX-License-Identifier: MIT
#pragma once

#include "printpart.h"
#include "printselection.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

class Catalogue;

/// What a selection prints, in order: the atlas's own sections (its audiences, its categories),
/// and for every kind of pack the whole pack, a chapter or folder with everything under it, or
/// the pages with a tag, in the tree's (the reader's) order, with part titles and numbers.
class PrintParts final
{
    Q_DECLARE_TR_FUNCTIONS(PrintParts)

public:
    explicit PrintParts(const Catalogue &catalogue) : m_catalogue(catalogue) { }

    /// The parts; empty, with \a error set, when the selection names nothing printable.
    QVector<PrintPart> of(const PrintSelection &selection, QString *error) const;
    /// The atlas page whose first list is the category grid; null elsewhere.
    const Page *categoryOverview() const;

private:
    static void dropEmptyHeadings(QVector<PrintPart> *parts);

    const Catalogue &m_catalogue;
};
