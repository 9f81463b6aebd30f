// SPDX-License-Identifier: MIT
#pragma once

#include "problem.h"

#include <QVector>

class Catalogue;
struct Page;

/// Checks every link and image of a loaded pack. What is broken is an error (file:line); what
/// only leaves the pack (a book's links to the standard library docs beside it, a web image) is
/// a note, which --check-content shows but does not fail on unless asked to be strict.
class LinkChecker final
{
public:
    explicit LinkChecker(const Catalogue &catalogue) : m_catalogue(catalogue) {}

    QVector<Problem> check() const;

private:
    void checkLinks(const Page &page, QVector<Problem> *problems) const;
    void checkImages(const Page &page, QVector<Problem> *problems) const;

    const Catalogue &m_catalogue;
};
