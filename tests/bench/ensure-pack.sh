#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Writes the synthetic pack of PAGES pages to /tmp/rust-atlas-pack-PAGES once: a pack with its
# .complete marker is reused. Prints the pack's folder.
# Usage: tests/bench/ensure-pack.sh PAGES
set -euo pipefail
pack="/tmp/rust-atlas-pack-$1"
if [ ! -f "$pack/.complete" ]; then
    rm -rf "$pack"
    python3 "$(cd "$(dirname "$0")" && pwd)/make-pack.py" "$1" "$pack" >&2
fi
echo "$pack"
