// SPDX-License-Identifier: MIT
#include "packcache.h"

#include "search/indexstore.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <cstdio>

namespace {

/// A connection of its own for one read or write, closed and removed when done.
class Connection final
{
public:
    explicit Connection(const QString &path) : m_name(IndexStore::newConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(Connection)
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

QByteArray encode(const QVector<Problem> &problems, const QStringList &lists = {})
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << lists << qint32(problems.size());
    for (const Problem &problem : problems)
        out << problem.file << qint32(problem.line) << problem.message << problem.isError();
    return bytes;
}

bool decode(const QByteArray &bytes, QVector<Problem> *problems, QStringList *lists)
{
    QDataStream in(bytes);
    qint32 count = 0;
    in >> *lists >> count;
    for (qint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        Problem problem;
        qint32 line = 1;
        bool error = true;
        in >> problem.file >> line >> problem.message >> error;
        problem.line = line;
        problem.severity = error ? Problem::Severity::Error : Problem::Severity::Note;
        problems->push_back(problem);
    }
    return in.status() == QDataStream::Ok;
}

// Lists of a page go into one blob: aliases, tags, then included files, each preceded by its size.
QStringList pageLists(const Page &page)
{
    return QStringList{QString::number(page.aliases.size()), QString::number(page.tags.size())} + page.aliases + page.tags
        + page.includedFiles;
}

bool takePageLists(const QStringList &lists, Page *page)
{
    const int aliases = lists.value(0).toInt(), tags = lists.value(1).toInt();
    if (lists.size() < 2 + aliases + tags)
        return false;
    page->aliases = lists.mid(2, aliases);
    page->tags = lists.mid(2 + aliases, tags);
    page->includedFiles = lists.mid(2 + aliases + tags);
    return true;
}

} // namespace

QString PackCache::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/packs");
}

QString PackCache::pathFor(const QString &root) const
{
    return QDir(m_dir).filePath(IndexStore::fileNameFor(root));
}

std::optional<CatalogueRecord> PackCache::read(const QString &root) const
{
    const QString path = pathFor(root);
    if (!QFile::exists(path))
        return std::nullopt;
    const Connection connection(path);
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    CatalogueRecord record;
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next() || query.value(0).toInt() != SchemaVersion)
        return std::nullopt;
    if (!query.exec(QStringLiteral("SELECT root, kind, layout_stamp, pack FROM pack")) || !query.next()
        || query.value(0).toString() != root)
        return std::nullopt;
    record.kind = PackKind(query.value(1).toInt());
    record.layoutStamp = query.value(2).toULongLong();
    if (!decode(query.value(3).toByteArray(), &record.packProblems, &record.otherFiles))
        return std::nullopt;
    if (!query.exec(QStringLiteral("SELECT id, path, own_title, feature_name, stamp, extra FROM pages ORDER BY ord")))
        return std::nullopt;
    while (query.next()) {
        Page page;
        page.id = query.value(0).toString();
        page.path = query.value(1).toString();
        page.ownTitle = query.value(2).toString();
        page.title = page.ownTitle;
        page.featureName = query.value(3).toString();
        page.stamp = query.value(4).toULongLong();
        // Most pages have no aliases, tags, includes or problems: nothing was stored for them.
        QStringList lists;
        if (const QVariant extra = query.value(5);
            !extra.isNull() && (!decode(extra.toByteArray(), &page.problems, &lists) || !takePageLists(lists, &page)))
            return std::nullopt;
        record.pages.push_back(std::move(page));
    }
    if (query.lastError().isValid())
        return std::nullopt;
    return record;
}

bool PackCache::write(const QString &root, const CatalogueRecord &record, QString *error) const
{
    const QString path = pathFor(root);
    // A name of its own for each writer, in this process or another.
    static QAtomicInt writes;
    const QString temporary = path + QStringLiteral(".%1-%2.new").arg(QCoreApplication::applicationPid()).arg(writes.fetchAndAddRelaxed(1));
    const auto fail = [&](const QString &why) {
        QFile::remove(temporary);
        if (error)
            *error = why;
        return false;
    };
    if (!QDir().mkpath(m_dir))
        return fail(QCoreApplication::translate("PackCache", "the cache folder %1 cannot be created").arg(m_dir));
    QFile::remove(temporary);
    {
        const Connection connection(temporary);
        QSqlDatabase db = connection.database();
        QSqlQuery query(db);
        const auto exec = [&query](const QString &sql) { return query.exec(sql); };
        bool ok = db.isOpen() && exec(QStringLiteral("PRAGMA journal_mode=OFF")) && exec(QStringLiteral("PRAGMA synchronous=OFF"))
            && exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion))
            && exec(QStringLiteral("CREATE TABLE pack(root TEXT, kind INTEGER, layout_stamp INTEGER, pack BLOB)"))
            && exec(QStringLiteral("CREATE TABLE pages(ord INTEGER PRIMARY KEY, id TEXT, path TEXT, own_title TEXT,"
                                   " feature_name TEXT, stamp INTEGER, extra BLOB)"))
            && db.transaction() && query.prepare(QStringLiteral("INSERT INTO pack VALUES(?, ?, ?, ?)"));
        if (ok) {
            query.addBindValue(root);
            query.addBindValue(int(record.kind));
            query.addBindValue(qint64(record.layoutStamp)); // SQLite integers are signed; read back as unsigned
            query.addBindValue(encode(record.packProblems, record.otherFiles));
            ok = query.exec() && query.prepare(QStringLiteral("INSERT INTO pages VALUES(?, ?, ?, ?, ?, ?, ?)"));
        }
        for (int i = 0; ok && i < record.pages.size(); ++i) {
            const Page &page = record.pages.at(i);
            query.addBindValue(i);
            query.addBindValue(page.id);
            query.addBindValue(page.path);
            query.addBindValue(page.ownTitle);
            query.addBindValue(page.featureName);
            query.addBindValue(qint64(page.stamp));
            const bool plain = page.problems.isEmpty() && page.aliases.isEmpty() && page.tags.isEmpty() && page.includedFiles.isEmpty();
            query.addBindValue(plain ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(encode(page.problems, pageLists(page))));
            ok = query.exec();
        }
        if (!ok || !db.commit()) {
            const QString why = query.lastError().text().isEmpty() ? db.lastError().text() : query.lastError().text();
            return fail(QCoreApplication::translate("PackCache", "the pack cache cannot be written: %1").arg(why));
        }
    }
    // rename() replaces the old file in one step: a reader sees the old cache or the new one.
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(QCoreApplication::translate("PackCache", "the pack cache cannot be replaced"));
    return true;
}

Catalogue PackCache::open(const QString &root, qsizetype sketchAbove) const
{
    if (root.startsWith(u':'))
        return Catalogue::load(root);
    if (const std::optional<CatalogueRecord> record = read(root))
        return Catalogue::restore(root, *record, {});
    return readWhole(root, sketchAbove);
}

Catalogue PackCache::readWhole(const QString &root, qsizetype sketchAbove) const
{
    Catalogue::Options options;
    options.sketchAbove = sketchAbove;
    Catalogue catalogue = Catalogue::load(root, options);
    if (!catalogue.isSketch() && !catalogue.pages().isEmpty())
        write(root, catalogue.record());
    return catalogue;
}

Catalogue PackCache::refresh(const QString &root, const CatalogueRecord &previous, const std::atomic_bool *cancelled, QString *error) const
{
    Catalogue::Options options;
    options.previous = &previous;
    options.cancelled = cancelled;
    Catalogue catalogue = Catalogue::load(root, options);
    if (cancelled && *cancelled)
        return catalogue;
    if (!catalogue.isUnchanged() && !root.startsWith(u':') && !catalogue.pages().isEmpty())
        write(root, catalogue.record(), error);
    return catalogue;
}

Catalogue PackCache::loadFresh(const QString &root) const
{
    if (root.startsWith(u':'))
        return Catalogue::load(root);
    if (const std::optional<CatalogueRecord> record = read(root))
        return refresh(root, *record);
    return readWhole(root, -1);
}
