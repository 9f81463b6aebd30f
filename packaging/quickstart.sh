#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up a Debian 12 machine for Rust Atlas, builds it incrementally, then runs the app
# ("run [ARGS...]") or the whole test suite ("test"). Safe to run again: it installs only
# missing packages and rebuilds only what changed.
#
# Environment: RUST_ATLAS_BUILD_DIR (default: build), RUST_ATLAS_CMAKE_ARGS (extra cmake arguments).
set -euo pipefail

usage() { echo "usage: $0 run [ARGS...] | test" >&2; exit 2; }
[ $# -ge 1 ] || usage
command="$1"; shift
case "$command" in run|test) ;; *) usage ;; esac

source_dir="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${RUST_ATLAS_BUILD_DIR:-$source_dir/build}"

packages=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-qpa-plugins libqt6sql6-sqlite qt6-svg-dev
          libmd4c-dev libmd4c-html0-dev libyaml-cpp-dev libsource-highlight-dev libtomlplusplus-dev fonts-dejavu-core qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-translations-l10n)
[ "$command" = test ] && packages+=(poppler-utils)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# shellcheck disable=SC2086 # RUST_ATLAS_CMAKE_ARGS holds several arguments on purpose
cmake -S "$source_dir" -B "$build_dir" -G Ninja ${RUST_ATLAS_CMAKE_ARGS:-} >/dev/null
cmake --build "$build_dir"

if [ "$command" = run ]; then
    exec "$build_dir/rust-atlas" "$@"
fi
cd "$build_dir"
ctest --output-on-failure --parallel "$(nproc)"
