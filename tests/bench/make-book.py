#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Turns a pack written by make-pack.py into an mdBook of about the Rust Book's shape, and the
same chapters as a plain folder, for the open benchmark.

Every chapter joins PER_CHAPTER generated pages (110 chapters of about 24 KB, 2.6 MB in all, by
default), nested five to a part as numbered chapters with sub-chapters, and includes a code
listing with {{#include}} and {{#rustdoc_include}}, as real books do. The plain folder holds the
same chapter files and listings without book.toml and SUMMARY.md.

Usage: make-book.py PACKDIR OUTDIR [--chapters N] [--per-chapter N]
"""

import argparse
import os
import re
import shutil


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pack")
    parser.add_argument("outdir")
    parser.add_argument("--chapters", type=int, default=110)
    parser.add_argument("--per-chapter", type=int, default=10)
    args = parser.parse_args()

    pages = []
    for folder, _, files in sorted(os.walk(args.pack)):
        pages += [os.path.join(folder, name) for name in sorted(files) if name.endswith(".md")]
    needed = args.chapters * args.per_chapter
    if len(pages) < needed:
        raise SystemExit(f"{args.pack} has {len(pages)} pages; {needed} are needed")

    book = os.path.join(args.outdir, "book")
    plain = os.path.join(args.outdir, "plain")
    shutil.rmtree(args.outdir, ignore_errors=True)
    for root in (book, plain):
        os.makedirs(os.path.join(root, "src" if root == book else "", "chapters"), exist_ok=True)
        os.makedirs(os.path.join(root, "listings"), exist_ok=True)
    with open(os.path.join(book, "book.toml"), "w") as toml:
        toml.write('[book]\ntitle = "Generated Book"\nauthors = ["make-book.py"]\n')

    summary = ["# Summary", "", "[Preface](chapters/ch000.md)", ""]
    for i in range(args.chapters):
        listing = f"fn chapter_{i}() -> u32 {{\n    // ANCHOR: body\n    let value = {i};\n    value * 2\n    // ANCHOR_END: body\n}}\n"
        text = []
        for k in range(args.per_chapter):
            with open(pages[i * args.per_chapter + k], encoding="utf-8") as source:
                body = source.read()
            # Links go to the next chapter, so that a book's links are resolved and checked too.
            body = re.sub(r"\]\([^)]*\)", f"](ch{(i + 1) % args.chapters:03}.md)", body)
            text.append(body.replace("# ", "## ", 1) if k else body)
        text.append(f"```rust\n{{{{#include ../../listings/ch{i:03}.rs:body}}}}\n```\n")
        text.append(f"```rust\n{{{{#rustdoc_include ../../listings/ch{i:03}.rs:3}}}}\n```\n")
        chapter = "\n".join(text)
        for root, src in ((book, "src"), (plain, "")):
            with open(os.path.join(root, src, "chapters", f"ch{i:03}.md"), "w", encoding="utf-8") as out:
                out.write(chapter)
            with open(os.path.join(root, "listings", f"ch{i:03}.rs"), "w") as out:
                out.write(listing)
        if i == 0:
            continue
        if (i - 1) % 5 == 0:
            summary += ["", f"# Part {(i - 1) // 5 + 1}", ""]
        indent = "" if (i - 1) % 5 == 0 else "    "
        summary.append(f"{indent}- [Chapter {i}](chapters/ch{i:03}.md)")
    with open(os.path.join(book, "src", "SUMMARY.md"), "w") as out:
        out.write("\n".join(summary) + "\n")


if __name__ == "__main__":
    main()
