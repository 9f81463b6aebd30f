// SPDX-License-Identifier: MIT
#pragma once

#include "markdown/parsedpage.h"

#include <QCache>
#include <QMutex>

#include <optional>

/// The bodies of the pages read last, so that going back to a page does not parse it again.
/// Thread-safe: the window and the search indexer read pages of one pack at once.
class ContentCache final
{
public:
    explicit ContentCache(int capacity) { m_pages.setMaxCost(capacity); }

    std::optional<ParsedPage> find(const QString &pageId) const;
    void insert(const QString &pageId, const ParsedPage &content);
    void setCapacity(int capacity);
    void clear();

private:
    mutable QMutex m_mutex;
    QCache<QString, ParsedPage> m_pages;
};
