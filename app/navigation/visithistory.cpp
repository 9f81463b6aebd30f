// SPDX-License-Identifier: MIT
#include "visithistory.h"

#include <QSettings>

namespace {
const QString Group = QStringLiteral("history");
}

VisitHistory::VisitHistory(QSettings &settings) : m_settings(settings)
{
    const int count = m_settings.beginReadArray(Group);
    for (int i = 0; i < std::min(count, int(MaxVisits)); ++i) {
        m_settings.setArrayIndex(i);
        Visit visit{m_settings.value(QStringLiteral("pack")).toString(),
                    Location::fromString(m_settings.value(QStringLiteral("page")).toString()),
                    m_settings.value(QStringLiteral("title")).toString(), m_settings.value(QStringLiteral("time")).toDateTime()};
        if (visit.location.isValid())
            m_visits.push_back(visit);
    }
    m_settings.endArray();
}

void VisitHistory::record(const Visit &visit)
{
    if (!visit.location.isValid())
        return;
    for (qsizetype i = 0; i < m_visits.size(); ++i) {
        const Visit &earlier = m_visits.at(i);
        if (earlier.packRoot == visit.packRoot && earlier.location.pageId == visit.location.pageId) {
            m_visits.removeAt(i);
            break;
        }
    }
    m_visits.prepend(visit);
    if (m_visits.size() > MaxVisits)
        m_visits.resize(MaxVisits);
    save();
}

QVector<VisitHistory::Visit> VisitHistory::matching(const QString &text) const
{
    const QString wanted = text.simplified();
    if (wanted.isEmpty())
        return m_visits;
    QVector<Visit> found;
    for (const Visit &visit : m_visits) {
        if (visit.title.contains(wanted, Qt::CaseInsensitive) || visit.location.pageId.contains(wanted, Qt::CaseInsensitive))
            found.push_back(visit);
    }
    return found;
}

void VisitHistory::clear()
{
    m_visits.clear();
    save();
}

void VisitHistory::save()
{
    m_settings.remove(Group);
    m_settings.beginWriteArray(Group, int(m_visits.size()));
    for (int i = 0; i < m_visits.size(); ++i) {
        m_settings.setArrayIndex(i);
        const Visit &visit = m_visits.at(i);
        m_settings.setValue(QStringLiteral("pack"), visit.packRoot);
        m_settings.setValue(QStringLiteral("page"), visit.location.toString());
        m_settings.setValue(QStringLiteral("title"), visit.title);
        m_settings.setValue(QStringLiteral("time"), visit.time);
    }
    m_settings.endArray();
}
