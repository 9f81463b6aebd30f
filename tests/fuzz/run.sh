#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the fuzz targets with clang and runs each for SECONDS (default 60) from its seed corpus.
# A crash, leak or sanitizer report stops the run with a non-zero exit; the input that caused
# it is left in the build folder (crash-*, leak-*) to become a unit test.
#
# usage: tests/fuzz/run.sh [SECONDS]     environment: RUST_ATLAS_FUZZ_BUILD_DIR (default: build-fuzz)
set -euo pipefail
seconds="${1:-60}"
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
build_dir="${RUST_ATLAS_FUZZ_BUILD_DIR:-$source_dir/build-fuzz}"

if ! dpkg -s clang libclang-rt-14-dev >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang libclang-rt-14-dev >/dev/null
fi

cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DRUST_ATLAS_FUZZ=ON \
      -DRUST_ATLAS_BUILD_TESTS=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build_dir" --target fuzz_targets

export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for target in markdown search_query pack; do
    echo "== fuzz_$target for ${seconds} s"
    mkdir -p "$work/$target"
    # New inputs go to a scratch corpus; the committed seeds are only read.
    (cd "$build_dir" && "./tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 "$work/$target" "$source_dir/tests/fuzz/corpus/$target" 2>&1 | tail -n 12)
done
