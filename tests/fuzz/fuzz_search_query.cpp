// SPDX-License-Identifier: MIT
// A search as typed: arbitrary text through SearchQuery into a real FTS5 index of a small pack.
// Whatever the text, no statement may fail in SQLite: a failure marks the index for a rebuild
// (SearchIndex::needsRebuild), which is the crash this target looks for.
#include "content/catalogue.h"
#include "search/searchindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

struct Fixture
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> pack;
    std::unique_ptr<Catalogue> catalogue;
    std::unique_ptr<SearchIndex> index;
};
Fixture *fixture = nullptr;

void writePage(const QString &path, const QByteArray &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fixture = new Fixture;
    fixture->app = std::make_unique<QCoreApplication>(*argc, *argv);
    fixture->pack = std::make_unique<QTemporaryDir>();
    const QDir dir(fixture->pack->path());
    writePage(dir.filePath(QStringLiteral("ownership.md")),
              "# Ownership\n\nEach value has one owner; `Vec::new()` makes a vector.\n\n## Borrowing\n\n"
              "A `&mut` reference lends a value for writing. See [errors](errors.md).\n");
    writePage(dir.filePath(QStringLiteral("errors.md")),
              "# Errors\n\nThe `?` operator returns early with the error.\n\n```rust\nfn main() -> Result<(), Box<dyn Error>> {\n"
              "    let n: i32 = \"4\".parse()?;\n    println!(\"{n}\");\n    Ok(())\n}\n```\n\n## Panics\n\nA panic unwinds.\n");
    writePage(dir.filePath(QStringLiteral("traits.md")),
              "# Traits\n\n`#[derive(Debug, Clone)]` writes impls. Lifetimes such as `'a` tie references "
              "together. Generic `Option<T>` and `Box<T>` types. Café, naïve, 東京, NEAR OR AND NOT.\n");
    fixture->catalogue = std::make_unique<Catalogue>(Catalogue::load(fixture->pack->path()));
    fixture->index = std::make_unique<SearchIndex>();
    fixture->index->buildInMemory(*fixture->catalogue);
    if (fixture->index->needsRebuild() || fixture->catalogue->pages().size() != 3)
        abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0 || size > 8192)
        return 0;
    const uint8_t flags = data[0];
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    SearchIndex &index = *fixture->index;
    // A window of one page takes the path for words on too many pages to rank.
    index.setRankWindow(flags & 1 ? 1 : 1000);
    const auto matching = flags & 2 ? SearchIndex::Matching::PrefixLastWord : SearchIndex::Matching::WholeWords;
    const auto spelling = flags & 4 ? SearchIndex::Spelling::AsTyped : SearchIndex::Spelling::Corrected;
    const SearchResults results = index.search(text, matching, 1 + (flags >> 4), spelling);
    if (index.needsRebuild())
        abort(); // an SQLite error: the query builder produced something FTS5 refused
    if (results.results.size() > 1 + (flags >> 4) || results.total < results.results.size())
        abort();
    return 0;
}
