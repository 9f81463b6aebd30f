// SPDX-License-Identifier: MIT
#pragma once

#include "problem.h"

#include <QByteArray>
#include <QString>
#include <QVector>

/// A Markdown file of a pack, read and made valid UTF-8.
struct SourceFile
{
    QString id;
    QString path; ///< relative to the pack root
    QByteArray text;
};

/// Reads every Markdown file under a pack root (a folder or a Qt resource path), in a stable
/// order. Files that cannot be read, are too large or repeat an id are reported and left out;
/// invalid UTF-8 is reported and repaired, so the page still opens.
class PackReader final
{
public:
    static constexpr qint64 DefaultMaxFileSize = 8 * 1024 * 1024;

    explicit PackReader(const QString &root, qint64 maxFileSize = DefaultMaxFileSize);

    QVector<SourceFile> read(QVector<Problem> *problems) const;

    /// Byte offset of the first invalid UTF-8 sequence, or -1 when \a bytes are valid.
    static qsizetype firstInvalidUtf8(const QByteArray &bytes);

private:
    QString m_root;
    qint64 m_maxFileSize;
};
