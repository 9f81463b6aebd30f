#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes a synthetic content pack of N Markdown pages for the search benchmark.

The pages look like documentation: a # title, ## sections with paragraphs, bullet lists,
fenced Rust code, tables and links to other pages of the pack. Words follow a Zipf-like law
over a vocabulary of about 20,000 pseudo-words plus real English and Rust words, so some
words are everywhere and most are rare, as in real text. The output depends only on N and
the seed. Packs are large and never committed; run-search-bench.sh writes them under /tmp.

Usage: make-pack.py PAGES OUTDIR [--seed N]
"""

import argparse
import bisect
import itertools
import os
import random
import sys

ENGLISH = """the of and to a in is it that for on with as are this be by from at or an not
which but can have all will one has their more when there use used can also into than other
only its these so some time new two may first any each like most then over such way even
well because through should many where how after both between under while both without same
make need build write read run fast safe memory data code system program library tool user
value error type test file network server client thread process design change small large
simple common example project support work part case point fact world people number group
problem question reason answer field control power level order state start end line page""".split()

RUST = """rust cargo crate crates rustc rustup clippy rustfmt borrow borrowing borrowed owner
ownership lifetime lifetimes trait traits impl struct enum match macro macros closure closures
iterator iterators async await future futures tokio serde unsafe generic generics module
modules vector slice string option result panic compiler compile compiled compiling binding
bindings wasm webassembly embedded allocator allocation reference references mutable mutex
channel channels concurrency parallelism rayon actix axum hyper reqwest diesel sqlx bevy
tauri egui wgpu polars tikv substrate tracing anyhow thiserror clap nom pest syn quote
running runs runner programming programmer programmers performance reliable reliability""".split()

ONSETS = ["b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "kl", "l", "m",
          "n", "p", "pl", "qu", "r", "s", "sh", "sk", "st", "t", "th", "tr", "v", "w", "z", ""]
NUCLEI = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "io", "y"]
CODAS = ["", "", "n", "r", "s", "t", "l", "m", "nd", "st", "x", "ck"]


def pseudo_words(rng, count):
    words = set()
    while len(words) < count:
        syllables = rng.choice((2, 2, 3, 3, 4))
        word = "".join(rng.choice(ONSETS) + rng.choice(NUCLEI) + rng.choice(CODAS) for _ in range(syllables))
        if 4 <= len(word) <= 14:
            words.add(word)
    return sorted(words)


class Vocabulary:
    """Draws words with probability proportional to 1 / rank**1.07 (Zipf)."""

    def __init__(self, rng, size):
        self.rng = rng
        real = list(dict.fromkeys(ENGLISH + RUST))
        fake = pseudo_words(rng, size - len(real))
        rng.shuffle(fake)
        # English function words take the top ranks; Rust words and pseudo-words mix below.
        head = real[:40]
        tail = real[40:] + fake
        rng.shuffle(tail)
        self.words = head + tail
        weights = [1.0 / (rank ** 1.07) for rank in range(1, len(self.words) + 1)]
        self.cumulative = list(itertools.accumulate(weights))

    def word(self):
        x = self.rng.random() * self.cumulative[-1]
        return self.words[bisect.bisect_left(self.cumulative, x)]

    def words_(self, n):
        return [self.word() for _ in range(n)]


def page_path(i):
    return f"part-{i // 1000:03d}/page-{i:06d}.md"


def relative_link(source, target):
    return os.path.relpath(page_path(target), os.path.dirname(page_path(source)))


def sentence(vocab, rng):
    words = vocab.words_(rng.randint(6, 18))
    words[0] = words[0].capitalize()
    if rng.random() < 0.15:
        words[rng.randrange(len(words))] = f"`{vocab.word()}`"
    if rng.random() < 0.1:
        k = rng.randrange(len(words))
        words[k] = f"**{words[k]}**"
    return " ".join(words) + rng.choice(".....?!")


def paragraph(vocab, rng, sentences):
    return " ".join(sentence(vocab, rng) for _ in range(sentences))


def title(vocab, rng, words):
    return " ".join(w.capitalize() if k == 0 else w for k, w in enumerate(vocab.words_(words)))


def code_block(vocab, rng):
    name = "_".join(vocab.words_(2))
    arg, field = vocab.word(), vocab.word()
    return "\n".join([
        "```rust",
        f"fn {name}({arg}: &str) -> Result<usize, Error> {{",
        f"    let {field} = {arg}.len();",
        f"    // {' '.join(vocab.words_(5))}",
        f"    Ok({field})",
        "}",
        "```",
    ])


def table(vocab, rng):
    rows = ["| Name | Kind | Notes |", "|---|---|---|"]
    for _ in range(rng.randint(2, 5)):
        rows.append(f"| {vocab.word()} | {vocab.word()} | {' '.join(vocab.words_(rng.randint(2, 6)))} |")
    return "\n".join(rows)


def bullets(vocab, rng, i, pages):
    items = []
    for _ in range(rng.randint(3, 6)):
        text = " ".join(vocab.words_(rng.randint(3, 10)))
        if rng.random() < 0.4 and pages > 1:
            target = rng.randrange(pages)
            label = title(vocab, rng, 2)
            text = f"[{label}]({relative_link(i, target)}): {text}"
        items.append(f"- {text}")
    return "\n".join(items)


def page(vocab, rng, i, pages):
    parts = [f"# {title(vocab, rng, rng.randint(2, 4))}", paragraph(vocab, rng, rng.randint(2, 5))]
    for _ in range(rng.randint(2, 5)):
        parts.append(f"## {title(vocab, rng, rng.randint(1, 4))}")
        parts.append(paragraph(vocab, rng, rng.randint(2, 6)))
        roll = rng.random()
        if roll < 0.35:
            parts.append(bullets(vocab, rng, i, pages))
        elif roll < 0.55:
            parts.append(code_block(vocab, rng))
        elif roll < 0.7:
            parts.append(table(vocab, rng))
        if rng.random() < 0.3:
            parts.append(paragraph(vocab, rng, rng.randint(1, 3)))
    return "\n\n".join(parts) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=int)
    parser.add_argument("outdir")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--vocabulary", type=int, default=20000)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    vocab = Vocabulary(rng, args.vocabulary)
    total = 0
    for i in range(args.pages):
        path = os.path.join(args.outdir, page_path(i))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        text = page(vocab, rng, i, args.pages)
        with open(path, "w", encoding="utf-8") as out:
            out.write(text)
        total += len(text.encode("utf-8"))
    first = "\n".join(f"- [Page {i}]({page_path(i)})" for i in range(min(args.pages, 10)))
    with open(os.path.join(args.outdir, "index.md"), "w", encoding="utf-8") as out:
        out.write(f"# Synthetic pack\n\n{args.pages} generated pages.\n\n{first}\n")
    # Written last: run-search-bench.sh regenerates a pack that lacks it (an interrupted run).
    with open(os.path.join(args.outdir, ".complete"), "w", encoding="utf-8") as out:
        out.write(f"{args.pages} pages, {total} bytes, seed {args.seed}\n")
    print(f"{args.outdir}: {args.pages} pages, {total / 1e6:.1f} MB of Markdown", file=sys.stderr)


if __name__ == "__main__":
    main()
