// SPDX-License-Identifier: MIT
// A pack's structure from arbitrary bytes: the input, cut at NUL bytes, becomes the files of an
// mdBook (book.toml, SUMMARY.md, chapters, an included listing), a notes vault (front matter,
// [[wikilinks]], tags) or a plain folder, as its first byte picks. The pack is loaded, every
// page is read and every link resolved, as the window and the link checker do.
#include "content/catalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

std::unique_ptr<QTemporaryDir> scratch;

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    new QCoreApplication(*argc, *argv); // lives as long as the process
    scratch = std::make_unique<QTemporaryDir>();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 64 * 1024)
        return 0;
    const int kind = data[0] % 3;
    const QList<QByteArray> parts = QByteArray(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1)).split('\0');
    const auto part = [&](int i) { return i < parts.size() ? parts.at(i) : QByteArray(); };

    const QString root = scratch->path() + QStringLiteral("/pack-%1").arg(kind);
    QDir(root).removeRecursively();
    const QString src = kind == 0 ? root + QStringLiteral("/src") : root;
    if (kind == 0) {
        write(root + QStringLiteral("/book.toml"), "[book]\ntitle = \"Fuzz\"\n" + part(4));
        write(src + QStringLiteral("/SUMMARY.md"), part(0));
    } else {
        if (kind == 1)
            QDir().mkpath(root + QStringLiteral("/.obsidian"));
        write(src + QStringLiteral("/index.md"), part(0));
    }
    write(src + QStringLiteral("/intro.md"), part(1));
    write(src + QStringLiteral("/ch1/page.md"), part(2));
    write(src + QStringLiteral("/ch1/listing.rs"), part(3));

    const Catalogue catalogue = Catalogue::load(root);
    for (const Problem &problem : catalogue.problems()) {
        if (problem.line < 1 || problem.message.isEmpty())
            abort(); // every problem says where and what
    }
    for (const Page &page : catalogue.pages()) {
        const ParsedPage parsed = catalogue.content(page.id);
        for (const QVector<Reference> *references : {&parsed.links, &parsed.images}) {
            for (const Reference &reference : *references) {
                // The page carries each target as its address, which must lead back to it (a web
                // address as QUrl writes it again: a host may turn into its ASCII form).
                const LinkTarget &target = reference.target;
                const LinkTarget back = LinkTarget::fromHref(target.href());
                if (back.kind != target.kind || back.pageId != target.pageId || back.anchor != target.anchor || back.href() != target.href()
                    || (target.kind != LinkTarget::Kind::Page && target.kind != LinkTarget::Kind::External && back.path != target.path))
                    abort();
            }
        }
    }
    const Catalogue restored = Catalogue::restore(root, catalogue.record(), Catalogue::Options());
    if (restored.pages().size() != catalogue.pages().size())
        abort(); // the cache's record names every page
    return 0;
}
