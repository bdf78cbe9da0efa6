#!/bin/sh
# Regenerates the expected output of every case in cases/ from real PHP 8.2 (`php -n`).
#
# Each cases/NAME.php runs as /tmp/miniphp-vm-cases/NAME.php (the name its messages show; vm_test passes
# the same name), its standard output goes to cases/NAME.out and a non-zero exit status to
# cases/NAME.status. Review the diff before committing: these files are the tests' truth.
set -e
cd "$(dirname "$0")/cases"
php -v | head -1 | grep -q '^PHP 8\.2\.' || { echo "needs PHP 8.2 as php" >&2; exit 1; }
mkdir -p /tmp/miniphp-vm-cases
for source in *.php; do
    name=${source%.php}
    cp "$source" "/tmp/miniphp-vm-cases/$source"
    status=0
    php -n "/tmp/miniphp-vm-cases/$source" > "$name.out" 2>/dev/null || status=$?
    if [ "$status" -ne 0 ]; then echo "$status" > "$name.status"; else rm -f "$name.status"; fi
done
