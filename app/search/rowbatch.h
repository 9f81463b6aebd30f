// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVector>

#include <initializer_list>

/// Inserts rows 64 at a time ("INSERT … VALUES (?, ?), (?, ?), …"): a QSqlQuery::exec() per row
/// cost more than SQLite's own work on a small row.
class RowBatch
{
public:
    /// @p insert is the statement up to its VALUES ("INSERT INTO t(a, b)"), for rows of
    /// @p columns values.
    RowBatch(const QSqlDatabase &db, const QString &insert, int columns);

    /// Queues a row; every 64 rows go to the database. False when that insert failed.
    bool add(std::initializer_list<QVariant> row);
    /// Inserts the rows still queued.
    bool flush();

private:
    static constexpr int Rows = 64;

    QString statement(int rows) const;

    QSqlQuery m_full;
    bool m_fullPrepared = false;
    QSqlDatabase m_db;
    QString m_insert;
    int m_columns;
    QVector<QVariant> m_values;
};
