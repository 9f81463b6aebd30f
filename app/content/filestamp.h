// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

/// A cheap fingerprint of files on disk: their sizes and modification times, hashed. Equal
/// stamps mean the files have not been saved since, without reading them.
class FileStamp final
{
public:
    static quint64 of(const QString &path, const QStringList &morePaths = {});
};
