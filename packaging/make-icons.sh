#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Renders the hicolor PNG icons from resources/icons/rust-atlas.svg (needs librsvg2-bin).
set -euo pipefail
icons="$(cd "$(dirname "$0")/../resources/icons" && pwd)"
for size in 16 24 32 48 64 128 256; do
    mkdir -p "$icons/hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" "$icons/rust-atlas.svg" \
        -o "$icons/hicolor/${size}x${size}/apps/org.rustatlas.RustAtlas.png"
done
