// SPDX-License-Identifier: MIT
#include "rowbatch.h"

#include <QStringList>

RowBatch::RowBatch(const QSqlDatabase &db, const QString &insert, int columns) : m_full(db), m_db(db), m_insert(insert), m_columns(columns)
{ }

bool RowBatch::add(std::initializer_list<QVariant> row)
{
    for (const QVariant &value : row)
        m_values.push_back(value);
    return m_values.size() < Rows * m_columns || flush();
}

bool RowBatch::flush()
{
    const int rows = int(m_values.size() / m_columns);
    if (rows == 0)
        return true;
    QSqlQuery partial(m_db);
    QSqlQuery &query = rows == Rows ? m_full : partial;
    if ((rows != Rows || !m_fullPrepared) && !query.prepare(statement(rows)))
        return false;
    m_fullPrepared = m_fullPrepared || rows == Rows;
    for (const QVariant &value : std::as_const(m_values))
        query.addBindValue(value);
    m_values.clear();
    return query.exec();
}

QString RowBatch::statement(int rows) const
{
    const QString row = u'(' + QStringList(m_columns, QStringLiteral("?")).join(u", ") + u')';
    return m_insert + QStringLiteral(" VALUES ") + QStringList(rows, row).join(u", ");
}
