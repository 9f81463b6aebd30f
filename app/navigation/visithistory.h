// SPDX-License-Identifier: MIT
#pragma once

#include "location.h"

#include <QDateTime>
#include <QString>
#include <QVector>

class QSettings;

/// The pages the reader visited, newest first, across packs and runs (Go › History): kept in
/// the settings, at most MaxVisits, a page visited again moving to the top.
class VisitHistory final
{
public:
    static constexpr int MaxVisits = 500;

    struct Visit
    {
        QString packRoot; ///< the pack's folder
        Location location;
        QString title;
        QDateTime time;
    };

    explicit VisitHistory(QSettings &settings);

    void record(const Visit &visit);
    QVector<Visit> visits() const { return m_visits; }
    /// The visits whose title or page contains \a text (any case), newest first.
    QVector<Visit> matching(const QString &text) const;
    void clear();

private:
    void save();

    QSettings &m_settings;
    QVector<Visit> m_visits;
};
