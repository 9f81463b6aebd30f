// SPDX-License-Identifier: MIT
#include "changedpagereader.h"

#include "filestamp.h"
#include "pack/pageloader.h"

#include <QtConcurrent/QtConcurrentMap>

#include <optional>

/// For each entry, its page in \a previous when the file (and what it includes) has not changed
/// since, else null. Checked by stamps alone, in blocks over the cores: a stat() each, 100,000 of
/// them for a large pack.
QVector<const Page *> ChangedPageReader::unchanged(const QVector<SourceEntry> &entries, const CatalogueRecord *previous) const
{
    constexpr int block = 2000;
    QVector<const Page *> unchanged(entries.size(), nullptr);
    if (!previous)
        return unchanged;
    QHash<QString, const Page *> before;
    for (const Page &page : previous->pages)
        before.insert(page.id, &page);
    QVector<int> blocks;
    for (int from = 0; from < entries.size(); from += block)
        blocks.push_back(from);
    const Page **found = unchanged.data();
    QtConcurrent::blockingMap(blocks, [&](int from) {
        for (int i = from; i < std::min(int(entries.size()), from + block); ++i) {
            const SourceEntry &entry = entries.at(i);
            const Page *old = before.value(entry.id);
            if (old && old->path == entry.path && old->stamp == FileStamp::of(m_reader.absolutePath(entry.path), old->includedFiles))
                found[i] = old;
        }
    });
    return unchanged;
}

ChangedPageReader::Result ChangedPageReader::read(const QVector<SourceEntry> &entries, const CatalogueRecord *previous,
                                                  const std::atomic_bool *cancelled) const
{
    const QVector<const Page *> same = unchanged(entries, previous);
    QVector<int> toRead;
    for (int i = 0; i < entries.size(); ++i) {
        if (!same.at(i))
            toRead.push_back(i);
    }
    struct Read
    {
        std::optional<LoadedPage> loaded;
        QVector<Problem> unreadable;
    };
    const PageLoader loader(m_layout, m_toShow);
    const bool keepBodies = bool(m_toShow);
    const bool keepText = m_layout.kind == PackKind::Vault;
    // Pages parse independently: spread them over the cores (md4c keeps no global state).
    QVector<Read> fresh = QtConcurrent::blockingMapped<QVector<Read>>(toRead, [&](int i) {
        const SourceEntry &entry = entries.at(i);
        Read one;
        SourceFile file;
        if ((cancelled && *cancelled) || !m_reader.readFile(entry, &file, &one.unreadable))
            return one;
        one.loaded = loader.load(file);
        one.loaded->page.stamp = FileStamp::of(m_reader.absolutePath(entry.path), one.loaded->page.includedFiles);
        if (!keepBodies) {
            one.loaded->content.html.clear();
            if (!keepText)
                one.loaded->content.plainText.clear();
        }
        return one;
    });

    Result result;
    result.pages.reserve(entries.size());
    for (int i = 0, next = 0; i < entries.size(); ++i) {
        if (same.at(i)) {
            result.pages.push_back(*same.at(i));
            continue;
        }
        Read &one = fresh[next++];
        result.unreadable += one.unreadable;
        if (one.loaded) {
            result.read.insert(one.loaded->page.id, std::move(one.loaded->content));
            result.pages.push_back(std::move(one.loaded->page));
        }
    }
    return result;
}
