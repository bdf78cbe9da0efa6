#!/usr/bin/env python3
"""Compare miniphp's token stream with PHP's token_get_all() over the repository's PHP code.

Usage: compare_tokens.py MINIPHP [ROOT]

For every `*.php` file and the --FILE-- section of every `*.phpt` file under ROOT (default: the repository this
script lives in, build directories excluded), runs `MINIPHP --tokens FILE` and
`php -n -d extension=tokenizer tests/tools/php_tokens.php FILE`, which print the same format (docs/tokens.md),
and prints the first difference of each file that disagrees.

Exit status: 0 when every file agrees, 1 when one does not, 77 when `php` or its tokenizer extension is
missing (CTest reads 77 as "skipped").

The functions here are shared with conformance_tokens.py.
"""
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from phpt import read_sections  # noqa: E402

TOOLS_DIR = os.path.dirname(os.path.abspath(__file__))
PHP_TOKENS = os.path.join(TOOLS_DIR, 'php_tokens.php')
SKIP = 77
PHP_BATCH = 200


def php_command():
    return ['php', '-n', '-d', 'extension=tokenizer', PHP_TOKENS]


def php_available():
    if not shutil.which('php'):
        return False
    probe = subprocess.run(['php', '-n', '-d', 'extension=tokenizer', '-r',
                            'echo function_exists("token_get_all") ? "yes" : "no";'],
                           capture_output=True)
    return probe.stdout.strip() == b'yes'


def php_tokens_batch(paths):
    """{path: bytes of php_tokens.php output} for many files, with one php process per batch."""
    results = {}
    for start in range(0, len(paths), PHP_BATCH):
        chunk = paths[start:start + PHP_BATCH]
        output = subprocess.run(php_command() + ['--batch'] + chunk, capture_output=True).stdout
        # Token texts escape control bytes, so \x01 only ever starts a file's header line.
        for part in output.split(b'\x01')[1:]:
            path, _, tokens = part.partition(b'\n')
            results[path.decode('utf-8', 'surrogateescape')] = tokens
    return results


def miniphp_tokens(miniphp, path):
    result = subprocess.run([miniphp, '--tokens', path], capture_output=True, timeout=60)
    if result.returncode != 0:
        return b'miniphp exited with status %d: %s' % (result.returncode, result.stderr[:200])
    return result.stdout


def first_difference(ours, theirs):
    ours_lines = ours.split(b'\n')
    theirs_lines = theirs.split(b'\n')
    for index in range(max(len(ours_lines), len(theirs_lines))):
        mine = ours_lines[index] if index < len(ours_lines) else b'<end>'
        php = theirs_lines[index] if index < len(theirs_lines) else b'<end>'
        if mine != php:
            return 'token %d\n    miniphp: %s\n    php:     %s' % (
                index + 1, mine.decode('utf-8', 'replace'), php.decode('utf-8', 'replace'))
    return None


def collect_sources(root, include_php=True):
    """[(label, path of a file holding the PHP code)]: .php files as they are, the --FILE-- of .phpt files
    written to a temporary directory (the caller removes it)."""
    temp_dir = tempfile.mkdtemp(prefix='miniphp-tokens-')
    sources = []
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith('build') and not d.startswith('.'))
        for name in sorted(files):
            path = os.path.join(directory, name)
            if name.endswith('.php') and include_php:
                sources.append((os.path.relpath(path, root), path))
            elif name.endswith('.phpt'):
                try:
                    sections = read_sections(path)
                except OSError:
                    continue
                if 'FILE' not in sections:
                    continue
                extracted = os.path.join(temp_dir, '%d.php' % len(sources))
                with open(extracted, 'wb') as f:
                    f.write(sections['FILE'])
                sources.append((os.path.relpath(path, root), extracted))
    return sources, temp_dir


def compare(miniphp, sources, jobs=2):
    """[(label, difference text)] for the sources whose token streams disagree."""
    expected = php_tokens_batch([path for _, path in sources])
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        ours = list(pool.map(lambda source: miniphp_tokens(miniphp, source[1]), sources))
    failures = []
    for (label, path), mine in zip(sources, ours):
        difference = first_difference(mine, expected.get(path, b''))
        if difference:
            failures.append((label, difference))
    return failures


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    if not php_available():
        print('php with the tokenizer extension is not available: skipped')
        return SKIP
    miniphp = sys.argv[1]
    if not os.access(miniphp, os.X_OK):
        print('%s is not built' % miniphp)
        return 1
    root = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.dirname(TOOLS_DIR))
    sources, temp_dir = collect_sources(root)
    try:
        failures = compare(miniphp, sources)
    finally:
        shutil.rmtree(temp_dir, ignore_errors=True)
    for label, difference in failures:
        print('%s: %s' % (label, difference))
    print('%d of %d files agree with token_get_all()' % (len(sources) - len(failures), len(sources)))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
