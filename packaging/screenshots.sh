#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Regenerates the README's screenshots (the atlas light and dark, a book light and dark, a vault) from the real window, offscreen.
# usage: packaging/screenshots.sh [BUILD_DIR]
set -euo pipefail
source_dir="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${1:-$source_dir/build}"
out="$source_dir/packaging/screenshots"
cmake --build "$build_dir" --target rust-atlas
mkdir -p "$out"
"$build_dir/rust-atlas" --screenshot "$out/atlas-light.png" --page audiences/students --size 1400x880
"$build_dir/rust-atlas" --screenshot "$out/atlas-dark.png" --page categories/webassembly --size 1400x880 --dark
# Three pages in tabs (one --page each).
"$build_dir/rust-atlas" --screenshot "$out/tabs.png" --page audiences/students --page categories/audio --page categories/webassembly --size 1400x880
# A small laptop screen: the panes share 1280x800 without cutting tiles or labels.
"$build_dir/rust-atlas" --screenshot "$out/atlas-1280.png" --page what-rust-is-used-for --size 1280x800
# The other kinds, from the project's own fixture packs.
"$build_dir/rust-atlas" --screenshot "$out/book.png" "$source_dir/tests/data/book" --page reading-code --size 1200x760
"$build_dir/rust-atlas" --screenshot "$out/code-dark.png" "$source_dir/tests/data/book" --page first-steps --size 1200x760 --dark
"$build_dir/rust-atlas" --screenshot "$out/vault.png" "$source_dir/tests/data/vault" --page concepts/borrowing --size 1200x760 --dark
# A book on paper: the fixture book's contents page (pdftoppm is in poppler-utils).
"$build_dir/rust-atlas" --export-pdf "$out/book.pdf" --content "$source_dir/tests/data/book" --section all > /dev/null
pdftoppm -png -r 60 -f 2 -l 2 -singlefile "$out/book.pdf" "$out/book-contents"
rm -f "$out/book.pdf"
# The bookmark manager, from its widget test (the window's --screenshot shows no dialogs).
cmake --build "$build_dir" --target tst_bookmarkwindow
QT_QPA_PLATFORM=offscreen RUST_ATLAS_SCREENSHOT_DIR="$out" "$build_dir/tests/tst_bookmarkwindow" managerShowsFoldersAndBookmarks > /dev/null
echo "Wrote $out/atlas-light.png, atlas-dark.png, atlas-1280.png, book.png, code-dark.png, vault.png, book-contents.png, tabs.png and bookmarks.png"
