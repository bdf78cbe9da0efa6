#!/usr/bin/env python3
"""The lexer's conformance figure: how many of php-src's own test scripts miniphp tokenizes as PHP does.

Usage: conformance_tokens.py PHP_SRC_DIR MINIPHP [--list]

Takes the --FILE-- section of every .phpt under PHP_SRC_DIR/tests/lang and PHP_SRC_DIR/Zend/tests (recursively),
compares `MINIPHP --tokens` with token_get_all() (through php_tokens.php, see compare_tokens.py), and prints the
percentage of files that agree, then each disagreeing file with its first difference.
Exit status: 0 at 100%, 1 otherwise, 77 without php, its tokenizer or the php-src sources.
"""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare_tokens import SKIP, collect_sources, compare, php_available  # noqa: E402


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    if not php_available():
        print('php with the tokenizer extension is not available: skipped')
        return SKIP
    php_src, miniphp = sys.argv[1], sys.argv[2]
    if not os.path.isdir(os.path.join(php_src, 'Zend', 'tests')):
        print('php-src sources not found in %s: skipped' % php_src)
        return SKIP
    if not os.access(miniphp, os.X_OK):
        print('%s is not built' % miniphp)
        return 1
    total = 0
    all_failures = []
    for part in ('tests/lang', 'Zend/tests'):
        sources, temp_dir = collect_sources(os.path.join(php_src, part), include_php=False)
        try:
            failures = compare(miniphp, sources)
        finally:
            shutil.rmtree(temp_dir, ignore_errors=True)
        total += len(sources)
        all_failures += [(os.path.join(part, label), difference) for label, difference in failures]
        agreeing = len(sources) - len(failures)
        print('%-10s %5d of %5d files agree (%.2f%%)' % (part, agreeing, len(sources),
                                                     100.0 * agreeing / max(1, len(sources))))
    for label, difference in all_failures:
        print('%s: %s' % (label, difference))
    agreeing = total - len(all_failures)
    print('total      %5d of %5d files agree (%.2f%%)' % (agreeing, total, 100.0 * agreeing / max(1, total)))
    return 0 if not all_failures else 1


if __name__ == '__main__':
    sys.exit(main())
