#!/usr/bin/env bash
# Unpack php-src 8.2 (Debian bookworm's source package) into a cache outside the repository, for the
# conformance figures: tests/lang and Zend/tests, and Zend/bench.php. Nothing from it is ever committed.
#
# Usage: tests/tools/fetch_php_src.sh [CACHE_DIR]      (default: ../cache beside the repository)
# Needs root for apt-get; the source list and package lists it writes stay inside CACHE_DIR.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cache=${1:-$repo/../cache}
mkdir -p "$cache/apt-lists/partial"
cache=$(cd "$cache" && pwd)
echo "deb-src http://deb.debian.org/debian bookworm main" > "$cache/sources.list"
apt_options=(-o "Dir::Etc::SourceList=$cache/sources.list" -o Dir::Etc::SourceParts=/dev/null
             -o "Dir::State::Lists=$cache/apt-lists")
apt-get "${apt_options[@]}" update -qq
(cd "$cache" && apt-get "${apt_options[@]}" source --download-only php8.2)
archive=$(ls "$cache"/php8.2_*.orig.tar.xz | sort | tail -n 1)
tar -C "$cache" -xf "$archive"
ls -d "$cache"/php-8.2.*
