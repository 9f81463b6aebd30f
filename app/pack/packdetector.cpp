// SPDX-License-Identifier: MIT
#include "packdetector.h"

#include "bookconfig.h"
#include "bytesearch.h"
#include "frontmatter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

PackLayout PackDetector::detect(const QString &root)
{
    PackLayout layout;
    layout.root = root.startsWith(u':') ? root : QFileInfo(root).absoluteFilePath();
    layout.pagesRoot = layout.root;
    layout.bookRoot = layout.root;
    if (detectBook(layout.root, &layout))
        layout.kind = PackKind::Book;
    else if (declaresAtlas(layout.root, &layout))
        layout.kind = PackKind::Atlas;
    else if (QFileInfo(QDir(layout.root).filePath(QStringLiteral(".obsidian"))).isDir())
        layout.kind = PackKind::Vault;
    return layout;
}

bool PackDetector::detectBook(const QString &root, PackLayout *layout)
{
    const QDir dir(root);
    QString bookRoot;
    QString pagesRoot;
    if (dir.exists(QStringLiteral("book.toml"))) {
        bookRoot = root;
    } else if (dir.exists(QStringLiteral("SUMMARY.md"))) {
        // Opened at src/: the book root is the parent when it has the configuration.
        const QString parent = QFileInfo(root).dir().absolutePath();
        bookRoot = QDir(parent).exists(QStringLiteral("book.toml")) ? parent : root;
        pagesRoot = root;
    } else if (dir.exists(QStringLiteral("src/SUMMARY.md"))) {
        bookRoot = root;
    } else {
        return false;
    }
    const QString tomlPath = QDir(bookRoot).filePath(QStringLiteral("book.toml"));
    const BookConfig config = BookConfig::read(tomlPath);
    if (!config.error.isEmpty())
        layout->problems.push_back(
            {QDir(pagesRoot.isEmpty() ? QDir(bookRoot).filePath(config.sourceDir) : pagesRoot).relativeFilePath(tomlPath),
             std::max(1, config.errorLine), config.error});
    if (pagesRoot.isEmpty())
        pagesRoot = QDir::cleanPath(QDir(bookRoot).filePath(config.sourceDir));
    layout->bookRoot = bookRoot;
    layout->pagesRoot = pagesRoot;
    layout->title = config.title;
    layout->authors = config.authors;
    return true;
}

bool PackDetector::declaresAtlas(const QString &root, PackLayout *layout)
{
    QFile index(QDir(root).filePath(QStringLiteral("index.md")));
    if (!index.open(QIODevice::ReadOnly))
        return false;
    // Front matter sits at the top; a few kilobytes are plenty and a huge index costs nothing.
    QByteArray head = index.read(64 * 1024);
    const FrontMatter frontMatter = FrontMatter::take(&head);
    if (frontMatter.kind.compare(u"atlas", Qt::CaseInsensitive) != 0)
        return false;
    layout->title = frontMatter.title;
    return true;
}

bool PackDetector::looksLikeVault(const QVector<SourceFile> &files)
{
    const auto notes = std::count_if(files.cbegin(), files.cend(), [](const SourceFile &file) {
        return file.text.startsWith("---\n") || file.text.startsWith("---\r\n") || findBytes(file.text, "[[") >= 0;
    });
    return notes > 0 && notes * 10 >= files.size();
}

bool PackDetector::looksLikeVault(const PackReader &reader, const QVector<SourceEntry> &entries)
{
    QVector<SourceFile> sample;
    const qsizetype step = std::max<qsizetype>(1, entries.size() / SampleSize);
    QVector<Problem> ignored; // reported when the pages are read
    for (qsizetype i = 0; i < entries.size(); i += step) {
        SourceFile file;
        if (reader.readFile(entries.at(i), &file, &ignored))
            sample.push_back(std::move(file));
    }
    return looksLikeVault(sample);
}
