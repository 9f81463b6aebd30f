#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Regenerates the README's screenshots (light and dark) from the real window, offscreen.
# usage: packaging/screenshots.sh [BUILD_DIR]
set -euo pipefail
source_dir="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${1:-$source_dir/build}"
out="$source_dir/packaging/screenshots"
cmake --build "$build_dir" --target rust-atlas
mkdir -p "$out"
"$build_dir/rust-atlas" --screenshot "$out/atlas-light.png" --page audiences/students --size 1400x880
"$build_dir/rust-atlas" --screenshot "$out/atlas-dark.png" --page categories/webassembly --size 1400x880 --dark
echo "Wrote $out/atlas-light.png and $out/atlas-dark.png"
