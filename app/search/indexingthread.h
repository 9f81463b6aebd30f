// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class Catalogue;
class QThread;
class SearchIndex;

/// Runs the indexing of a catalogue on a worker thread: in memory for the bundled pack, in the
/// cache folder for any other. Destroying it cancels the work and waits for the thread.
class IndexingThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndexingThread)

public:
    IndexingThread(SearchIndex &index, const Catalogue &catalogue, QObject *parent = nullptr);
    ~IndexingThread() override;

    /// Starts once; later calls do nothing.
    void start();

signals:
    void progress(int done, int total);
    void finished(const QString &status);

private:
    SearchIndex &m_index;
    const Catalogue &m_catalogue;
    QThread *m_thread = nullptr;
};
