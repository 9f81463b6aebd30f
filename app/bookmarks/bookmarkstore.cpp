// SPDX-License-Identifier: MIT
#include "bookmarkstore.h"

#include "xbel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

BookmarkStore::BookmarkStore(const QString &path) : m_path(path), m_root(std::make_unique<BookmarkNode>()) { }

QString BookmarkStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/bookmarks.xbel");
}

bool BookmarkStore::load()
{
    m_root = std::make_unique<BookmarkNode>();
    m_error.clear();
    m_canSave = true;
    QFile file(m_path);
    if (!file.exists())
        return true;
    const auto fail = [this](const QString &why) {
        m_error = tr("The bookmarks in %1 cannot be read (%2); the file is left as it is.").arg(QDir::toNativeSeparators(m_path), why);
        m_canSave = false;
        return false;
    };
    if (QFileInfo(file).size() > Xbel::MaxBytes)
        return fail(tr("it is larger than %1 MiB").arg(Xbel::MaxBytes / 1024 / 1024));
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    QString why;
    std::unique_ptr<BookmarkNode> root = Xbel::read(file.readAll(), &why);
    if (!root)
        return fail(why);
    m_root = std::move(root);
    return true;
}

bool BookmarkStore::save()
{
    if (!m_canSave)
        return false; // error() still says why
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_error = tr("The bookmarks cannot be saved: the folder %1 cannot be created.")
                      .arg(QDir::toNativeSeparators(QFileInfo(m_path).absolutePath()));
        return false;
    }
    return writeTo(m_path);
}

bool BookmarkStore::writeTo(const QString &path)
{
    QSaveFile file(path);
    const QByteArray xml = Xbel::write(*m_root);
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size() || !file.commit()) {
        m_error = tr("The bookmarks cannot be saved to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    m_error.clear();
    return true;
}

bool BookmarkStore::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = tr("%1 cannot be imported: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QString why;
    std::unique_ptr<BookmarkNode> imported = file.size() > Xbel::MaxBytes ? nullptr : Xbel::read(file.readAll(), &why);
    if (!imported) {
        m_error = tr("%1 cannot be imported: %2").arg(QDir::toNativeSeparators(path), why.isEmpty() ? tr("it is too large") : why);
        return false;
    }
    imported->title = QFileInfo(path).completeBaseName();
    m_root->add(std::move(imported));
    return true;
}

bool BookmarkStore::exportFile(const QString &path)
{
    return writeTo(path);
}
