#!/usr/bin/env python3
"""Parser conformance: does `MINIPHP -l` accept and reject what `php -n -l` does, with the same message?

Usage: conformance_lint.py PHP_SRC_DIR MINIPHP [--jobs N] [--cache FILE] [--show N] [--mutants N]

Every --FILE-- section of the .phpt files under PHP_SRC_DIR/tests/lang and PHP_SRC_DIR/Zend/tests (recursively)
is written to a temporary file and linted by both programs. Only files PHP lints to "No syntax errors detected"
or to a "Parse error" count; a "Fatal error" (a compile-time check, not the parser's business) is left out.
The temporary path is replaced by %s before outputs are compared. Reported:
  - agreement: the share of files both accept or both reject (goal >= 99.5%);
  - identical: among the files PHP rejects, the share where miniphp prints the same message on the same line
    (goal >= 90%);
and the disagreements, each with both outputs. MINIPHP is anything that behaves like `php -l`: the miniphp CLI
or the parser's own tool (build/bin/miniphp-parse). PHP's answers never change for a given text, so --cache
keeps them in a JSON file between runs.

--mutants N adds N broken variants of each file, made deterministically: the text cut short at some byte, or
with a few bytes taken out. They exercise the error messages (the "expecting" lists above all) far more than
php-src's own tests, which are mostly valid code.
"""
import argparse
import concurrent.futures
import hashlib
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from phpt import read_sections  # noqa: E402


def lint(program, code, workdir, index):
    path = os.path.join(workdir, f'lint{index}.php')
    with open(path, 'wb') as f:
        f.write(code)
    command = [program, '-n', '-l', path] if os.path.basename(program).startswith('php') else [program, '-l', path]
    try:
        completed = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=30)
        output = completed.stdout.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        output = 'TIMEOUT'
    return output.replace(path, '%s')


def verdict(output):
    if 'No syntax errors detected' in output:
        return 'accept'
    if '\nParse error: ' in output or output.startswith('Parse error: '):
        return 'reject'
    if 'Fatal error: ' in output:
        return 'fatal'
    return 'other'


def parse_error_line(output):
    for line in output.splitlines():
        if line.startswith('Parse error: '):
            return line
    return None


def collect(php_src):
    cases = []
    for root in ('tests/lang', 'Zend/tests'):
        for directory, _, files in os.walk(os.path.join(php_src, root)):
            for name in sorted(files):
                if name.endswith('.phpt'):
                    path = os.path.join(directory, name)
                    code = read_sections(path).get('FILE')
                    if code is not None:
                        cases.append((os.path.relpath(path, php_src), code))
    cases.sort()
    return cases


# Tokens slipped into code by the "insert" mutants: one of each kind the error messages name differently.
_INSERTS = [b';', b')', b'}', b']', b',', b'=', b' $v ', b' function ', b' 1 ', b" 's' ", b' "d" ', b'[', b'::',
            b'->', b'&', b'?', b' fn ', b' static ', b'#[A]', b'...', b'=>', b' name ', b' \\N\\x ', b'(',
            b'{', b'<<<X\nX\n', b' 1.5 ', b' readonly ', b' class ', b' ?> ']


def mutants(name, code, count):
    """Deterministic broken variants of `code`: cut at a byte, 1-3 bytes removed, or a token inserted."""
    variants = []
    for i in range(count):
        digest = hashlib.sha1(f'{name}#{i}'.encode()).digest()
        if len(code) < 8:
            break
        offset = 6 + int.from_bytes(digest[:4], 'little') % (len(code) - 6)
        if i % 2 == 0:
            variants.append((f'{name}@cut{offset}', code[:offset]))
        elif (i // 2) % 2 == 0:
            width = 1 + digest[4] % 3
            variants.append((f'{name}@drop{offset}+{width}', code[:offset] + code[offset + width:]))
        else:
            insert = _INSERTS[digest[5] % len(_INSERTS)]
            variants.append((f'{name}@insert{offset}:{digest[5] % len(_INSERTS)}',
                             code[:offset] + insert + code[offset:]))
    return variants


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('php_src')
    parser.add_argument('miniphp')
    parser.add_argument('--jobs', type=int, default=2)
    parser.add_argument('--cache', help='JSON file keeping php -l outputs between runs')
    parser.add_argument('--show', type=int, default=100, help='disagreements to print (default 100)')
    parser.add_argument('--php', default='php')
    parser.add_argument('--mutants', type=int, default=0, help='broken variants to add per file')
    parser.add_argument('--filter', help='only the cases whose name contains this text')
    parser.add_argument('--keep', help='write every considered case to this folder (to look at failures)')
    args = parser.parse_args()

    cases = collect(args.php_src)
    if args.mutants:
        cases += [variant for name, code in list(cases) for variant in mutants(name, code, args.mutants)]
    if args.filter:
        cases = [case for case in cases if args.filter in case[0]]
    if args.keep:
        os.makedirs(args.keep, exist_ok=True)
        for name, code in cases:
            with open(os.path.join(args.keep, name.replace('/', '_') + '.php'), 'wb') as f:
                f.write(code)
    cache = {}
    if args.cache and os.path.exists(args.cache):
        with open(args.cache) as f:
            cache = json.load(f)

    with tempfile.TemporaryDirectory() as workdir:
        def run(item):
            index, (name, code) = item
            key = hashlib.sha1(code).hexdigest()
            php_output = cache.get(key)
            if php_output is None:
                php_output = lint(args.php, code, workdir, f'{index}p')
            ours = lint(args.miniphp, code, workdir, f'{index}m')
            return name, key, php_output, ours

        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            results = list(pool.map(run, enumerate(cases)))

    for _, key, php_output, _ in results:
        cache[key] = php_output
    if args.cache:
        with open(args.cache, 'w') as f:
            json.dump(cache, f)

    considered = agree = rejected = identical = 0
    disagreements = []
    wrong_messages = []
    for name, _, php_output, ours in results:
        expected = verdict(php_output)
        if expected not in ('accept', 'reject'):
            continue
        considered += 1
        got = verdict(ours)
        if got == expected:
            agree += 1
        else:
            disagreements.append((name, php_output, ours))
        if expected == 'reject':
            rejected += 1
            if parse_error_line(php_output) == parse_error_line(ours):
                identical += 1
            elif got == 'reject':
                wrong_messages.append((name, php_output, ours))

    def show(title, items):
        print(f'== {title}: {len(items)}')
        for name, php_output, ours in items[:args.show]:
            print(f'-- {name}')
            print('   php:     ' + (parse_error_line(php_output) or php_output.strip().replace('\n', ' | '))[:300])
            print('   miniphp: ' + (parse_error_line(ours) or ours.strip().replace('\n', ' | '))[:300])

    show('accept/reject disagreements', disagreements)
    show('different parse error messages', wrong_messages)
    print(f'files with a FILE section: {len(cases)}; considered (php accepts or gives a parse error): {considered}')
    print(f'accept/reject agreement: {agree}/{considered} = {100.0 * agree / max(considered, 1):.2f}%')
    print(f'identical parse error (message and line): {identical}/{rejected} = '
          f'{100.0 * identical / max(rejected, 1):.2f}%')
    return 0


if __name__ == '__main__':
    sys.exit(main())
