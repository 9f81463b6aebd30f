// SPDX-License-Identifier: MIT
#pragma once

#include "content/catalogue.h"

#include <QString>

#include <optional>

/// Keeps what a pack is made of (CatalogueRecord: every page's names, stamps and problems) in an
/// SQLite file of the cache folder, one per pack, so that a pack opened before opens without
/// reading its pages. A file is written whole under a temporary name and then renamed over the
/// old one, so a crash, a full disk or a second window on the same pack never leaves half a
/// cache; a cache that cannot be read (damaged, older, of another folder) counts as none.
class PackCache final
{
public:
    /// Raise when what is stored changes: older files are then ignored and replaced.
    static constexpr int SchemaVersion = 1;

    explicit PackCache(const QString &cacheDir = defaultDir()) : m_dir(cacheDir) { }

    /// QStandardPaths::CacheLocation + "/packs".
    static QString defaultDir();
    QString pathFor(const QString &root) const;

    std::optional<CatalogueRecord> read(const QString &root) const;
    /// False, with the reason in \a error when given, when the file cannot be written.
    bool write(const QString &root, const CatalogueRecord &record, QString *error = nullptr) const;

    /// The pack at \a root as quickly as it can be shown, for the window: as it was when last
    /// loaded, from this cache, without reading a page; else, with more than \a sketchAbove
    /// pages, a sketch of it (Catalogue::isSketch()) that refresh() then reads; else read whole
    /// (and kept here). The bundled atlas is always read whole.
    Catalogue open(const QString &root, qsizetype sketchAbove = SketchAbove) const;
    /// A few thousand pages are read in well under a second: a sketch is not worth it.
    static constexpr qsizetype SketchAbove = 5000;
    /// The pack at \a root as it is now: the files saved since \a previous are read again, the
    /// rest taken from it; the cache is updated when anything changed.
    /// Setting \a cancelled stops it early; nothing is written then. \a error, when given,
    /// receives why the cache could not be written.
    Catalogue refresh(const QString &root, const CatalogueRecord &previous, const std::atomic_bool *cancelled = nullptr,
                      QString *error = nullptr) const;
    /// The pack as it is now, in one step (for commands): refresh() from the cached record when
    /// there is one, else read whole, and kept here.
    Catalogue loadFresh(const QString &root) const;

private:
    /// Read from the folder (a sketch above \a sketchAbove pages, negative: never), kept here unless a sketch.
    Catalogue readWhole(const QString &root, qsizetype sketchAbove) const;

    QString m_dir;
};
