// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// The [book] table of an mdBook book.toml: what the app shows about a book and where its pages are.
/// A broken file still opens the book with the defaults, so a reader sees the pages and the error.
struct BookConfig
{
    QString title;
    QStringList authors;
    QString language;
    QString sourceDir = QStringLiteral("src");
    QString error; // one line; empty when the file was read
    int errorLine = 0;

    static BookConfig read(const QString &tomlFilePath); // a missing file gives the defaults, no error
    static BookConfig parse(const QByteArray &utf8);
};
