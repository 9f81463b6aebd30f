// SPDX-License-Identifier: MIT
#include "contentcache.h"

std::optional<ParsedPage> ContentCache::find(const QString &pageId) const
{
    QMutexLocker lock(&m_mutex);
    // A lookup marks the page as the most recently used (QCache reorders under the lock).
    if (const ParsedPage *page = m_pages.object(pageId))
        return *page;
    return std::nullopt;
}

void ContentCache::insert(const QString &pageId, const ParsedPage &content)
{
    QMutexLocker lock(&m_mutex);
    m_pages.insert(pageId, new ParsedPage(content));
}

void ContentCache::setCapacity(int capacity)
{
    QMutexLocker lock(&m_mutex);
    m_pages.setMaxCost(capacity);
}

void ContentCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_pages.clear();
}
