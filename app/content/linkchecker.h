// SPDX-License-Identifier: MIT
#pragma once

#include "pack/problem.h"

#include <QVector>

class Catalogue;
struct Page;
struct ParsedPage;

/// Checks the links and images of a page of a pack. What is broken is an error (file:line); what
/// only leaves the pack (a book's links to the standard library docs beside it, a web image) is
/// a note, which --check-content shows but does not fail on unless asked to be strict.
class LinkChecker final
{
public:
    explicit LinkChecker(const Catalogue &catalogue) : m_catalogue(catalogue) { }

    /// The problems of \a page, whose body is \a content; its links resolved; targets' anchors come from Catalogue::parse().
    QVector<Problem> check(const Page &page, const ParsedPage &content) const;

private:
    void checkLinks(const Page &page, const ParsedPage &content, QVector<Problem> *problems) const;
    void checkImages(const Page &page, const ParsedPage &content, QVector<Problem> *problems) const;

    const Catalogue &m_catalogue;
};
