#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Generates synthetic packs of 1,000, 10,000 and 100,000 pages under /tmp (once: a pack with
# its .complete marker is reused) and runs the search benchmark on each, printing its table.
# Usage: tests/bench/run-search-bench.sh BUILD_DIR [PAGES...]
set -euo pipefail
if [ $# -lt 1 ]; then
    echo "usage: $0 BUILD_DIR [PAGES...]" >&2
    exit 2
fi
build="$1"
shift
here="$(cd "$(dirname "$0")" && pwd)"
bench="$build/tests/bench/bench_search"
if [ ! -x "$bench" ]; then
    echo "$bench not found: build the bench_search target first" >&2
    exit 1
fi
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
for pages in "${sizes[@]}"; do
    "$bench" "$("$here/ensure-pack.sh" "$pages")"
done
