// SPDX-License-Identifier: MIT
#pragma once

#include "content/catalogue.h"
#include "navigation/navigationhistory.h"

#include <QObject>

#include <memory>

class IndexingThread;
class SearchIndex;

/// A pack the library has open: its content, its search index (built on first use) and the
/// reader's place in it, kept while the reader looks at another pack.
class OpenPack final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenPack)

public:
    OpenPack(const QString &root, std::unique_ptr<const Catalogue> catalogue, QObject *parent = nullptr);
    ~OpenPack() override;

    /// The folder the pack was opened from (the library's key for it).
    QString root() const { return m_root; }
    const Catalogue &catalogue() const { return *m_catalogue; }
    SearchIndex &searchIndex() const { return *m_searchIndex; }
    /// Starts indexing once, on a worker thread; later calls do nothing.
    void startIndexing();
    IndexingThread &indexing() const { return *m_indexing; }

    NavigationHistory &history() { return m_history; }
    int scrollPosition() const { return m_scroll; }
    void setScrollPosition(int position) { m_scroll = position; }

private:
    QString m_root;
    std::unique_ptr<const Catalogue> m_catalogue;
    SearchIndex *m_searchIndex;
    IndexingThread *m_indexing;
    NavigationHistory m_history;
    int m_scroll = 0;
};
