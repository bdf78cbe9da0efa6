#!/bin/sh
# Times bench/value/array_work.php under `php -n` (PHP 8.2, opcache off as with -n) and, when a miniphp
# binary is given or found, under miniphp too, in the same run.
#
#   bench/value/run_array_work.sh [path/to/miniphp] [n] [rounds]
set -eu
here=$(dirname "$0")
script="$here/array_work.php"
miniphp=${1:-}
n=${2:-65536}
rounds=${3:-20}

run() {
    label=$1
    shift
    start=$(date +%s.%N)
    "$@" "$script" "$n" "$rounds"
    end=$(date +%s.%N)
    echo "$label total: $(echo "$end - $start" | bc) s"
    echo
}

if command -v php >/dev/null 2>&1; then
    echo "== php -n ($(php -n -r 'echo PHP_VERSION;'))"
    run "php" php -n
fi
if [ -n "$miniphp" ] && [ -x "$miniphp" ]; then
    echo "== miniphp ($miniphp)"
    run "miniphp" "$miniphp"
fi
