#!/usr/bin/env python3
"""Parse speed of miniphp against php, in the same run: `miniphp -l` versus `php -n -l`.

    bench_parse.py --miniphp BINARY [--php php] [--php-src DIR] [--files N] [--repetitions R]

Three measurements, each the best of R repetitions (the least disturbed by other work on the machine):
1. per file: lint each of N PHP files in its own process, as a test suite or an editor does. The inputs are
   the --FILE-- sections of php-src's tests/lang and Zend/tests (from --php-src DIR, or the unpacked sources
   in ../cache/php-8.2.32 beside the repository when present, see tests/tools/fetch_php_src.sh; a spread-out sample of N of them), else generated files.
2. one large file: a generated file of several megabytes, linted once, where parsing dominates.
3. process start: linting an empty file, the fixed cost inside every run of measurement 1.
For each: both times and the ratio miniphp/php (below 1 means miniphp is faster). The run also counts the
files on which the two disagree (one says "No syntax errors", the other not): a parser bug, or a compile-time
check miniphp does not make yet.

Keep in mind what is compared: `php -l` compiles the script to opcodes, while `miniphp -l` only lexes and
parses it for as long as miniphp has no compiler, so today's ratio flatters miniphp.
"""
import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPOSITORY, 'tests', 'tools'))
import phpt  # noqa: E402

DEFAULT_PHP_SRC = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'cache', 'php-8.2.32'))

# One block of generated code; {n} makes its names unique, so the copies can share one file.
_BLOCK = '''
namespace Bench{n};

interface Shape{n} {{ public function area(): float; }}

/** A documented class with typed properties, a constructor and a static factory. */
final class Circle{n} implements Shape{n}
{{
    public const PI = 3.14159;
    private static int $made = 0;

    public function __construct(private readonly float $radius = 1.0, protected ?string $label = null) {{}}

    public static function make(float ...$radii): array
    {{
        return array_map(fn(float $r): self => new self($r, "circle #" . ++self::$made), $radii);
    }}

    public function area(): float {{ return self::PI * $this->radius ** 2; }}
}}

enum Colour{n}: string {{ case Red = 'r'; case Green = 'g'; case Blue = 'b'; }}

function process{n}(array $items, callable $filter = null): array
{{
    $result = [];
    foreach ($items as $key => [$name, $value]) {{
        if ($filter !== null && !$filter($value)) {{
            continue;
        }} elseif (is_string($value) && str_contains($value, "{{$name}}")) {{
            $result[$key] = sprintf("%s=%s\\n", $name, $value);
        }} else {{
            $result[$key] = match (true) {{
                $value instanceof Shape{n} => $value->area(),
                is_int($value), is_float($value) => $value * 2 + ($value % 3 ?: 1) - (int) ($value / 7),
                default => $value ?? 'none',
            }};
        }}
    }}
    for ($i = 0, $n = count($result); $i < $n; $i++) {{
        switch ($i % 4) {{
            case 0: $result[] = <<<EOT
                Item {{$i}} of $n: {{$result[$i]}}
                EOT;
                break;
            case 1: $result[] = 'plain ' . $i; break;
            default: $result[] = [$i, $n, Colour{n}::Red->value];
        }}
    }}
    try {{
        $total = array_sum(array_filter($result, 'is_numeric'));
    }} catch (\\TypeError | \\ValueError $error) {{
        throw new \\RuntimeException($error->getMessage(), previous: $error);
    }} finally {{
        $done = true;
    }}
    return $result + ['total' => $total ?? 0, 'done' => $done];
}}
'''


def generated_source(blocks):
    return '<?php\n' + ''.join(_BLOCK.format(n=n) for n in range(blocks))


def php_src_inputs(php_src, directory, wanted):
    """Write a spread-out sample of `wanted` FILE sections of php-src's language tests into `directory`."""
    tests = []
    for suite in ('tests/lang', 'Zend/tests'):
        for root, subdirectories, names in os.walk(os.path.join(php_src, suite)):
            subdirectories.sort()
            tests += [os.path.join(root, name) for name in sorted(names) if name.endswith('.phpt')]
    step = max(1, len(tests) // wanted) if wanted else 1
    paths = []
    for index, test in enumerate(tests[::step][:wanted] if wanted else tests):
        body = phpt.read_sections(test).get('FILE')
        if body is None:
            continue
        path = os.path.join(directory, f'{index:05d}.php')
        with open(path, 'wb') as f:
            f.write(body)
        paths.append(path)
    return paths


def generated_inputs(directory, wanted):
    paths = []
    for index in range(wanted):
        path = os.path.join(directory, f'{index:05d}.php')
        with open(path, 'w') as f:
            f.write(generated_source(1 + index % 8))
        paths.append(path)
    return paths


def lint_all(command, paths):
    """Lint each file in its own process; (seconds, {path: passed})."""
    verdicts = {}
    started = time.perf_counter()
    for path in paths:
        completed = subprocess.run(command + ['-l', path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   stdin=subprocess.DEVNULL)
        verdicts[path] = completed.returncode == 0
    return time.perf_counter() - started, verdicts


def best_of(repetitions, measure):
    best = None
    result = None
    for _ in range(repetitions):
        seconds, result = measure()
        best = seconds if best is None else min(best, seconds)
    return best, result


def report(label, miniphp_seconds, php_seconds, unit='s', scale=1.0):
    ratio = miniphp_seconds / php_seconds if php_seconds else float('nan')
    print(f'{label:<44} miniphp {miniphp_seconds * scale:9.3f} {unit}   php {php_seconds * scale:9.3f} {unit}'
          f'   ratio miniphp/php {ratio:6.3f}')


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--miniphp', required=True, help='the miniphp program')
    parser.add_argument('--php', default='php', help='the PHP 8.2 command (default: php); run with -n')
    parser.add_argument('--php-src', help=f'unpacked php-src sources (default: {DEFAULT_PHP_SRC} if present)')
    parser.add_argument('--files', type=int, default=400, help='files linted one by one (default 400; 0: all)')
    parser.add_argument('--repetitions', type=int, default=3, help='runs of each measurement (default 3)')
    parser.add_argument('--large-blocks', type=int, default=2500,
                        help='code blocks in the large file (about 2 KB each; default 2500)')
    options = parser.parse_args(argv)

    miniphp = [os.path.abspath(options.miniphp)]
    php = shlex.split(options.php) + ['-n']
    if shutil.which(php[0]) is None:
        print(f'bench_parse.py: {options.php} not found; nothing to compare with', file=sys.stderr)
        return 1
    php_src = options.php_src or (DEFAULT_PHP_SRC if os.path.isdir(DEFAULT_PHP_SRC) else None)

    with tempfile.TemporaryDirectory(prefix='bench-parse-') as directory:
        files_dir = os.path.join(directory, 'files')
        os.mkdir(files_dir)
        if php_src:
            paths = php_src_inputs(php_src, files_dir, options.files)
            origin = f"FILE sections of php-src's tests/lang and Zend/tests ({php_src})"
        else:
            paths = generated_inputs(files_dir, options.files or 400)
            origin = 'generated files'
        total_bytes = sum(os.path.getsize(path) for path in paths)
        print(f'inputs: {len(paths)} {origin}, {total_bytes / 1024:.0f} KB; best of {options.repetitions} runs')
        print('(php -l also compiles to opcodes; miniphp -l parses only while it has no compiler)')

        mini_seconds, mini_verdicts = best_of(options.repetitions, lambda: lint_all(miniphp, paths))
        php_seconds, php_verdicts = best_of(options.repetitions, lambda: lint_all(php, paths))
        report(f'per file ({len(paths)} processes each)', mini_seconds, php_seconds)

        large = os.path.join(directory, 'large.php')
        with open(large, 'w') as f:
            f.write(generated_source(options.large_blocks))
        size = os.path.getsize(large)
        mini_large, mini_ok = best_of(options.repetitions, lambda: lint_all(miniphp, [large]))
        php_large, php_ok = best_of(options.repetitions, lambda: lint_all(php, [large]))
        report(f'one large file ({size / 1e6:.1f} MB)', mini_large, php_large)

        empty = os.path.join(directory, 'empty.php')
        with open(empty, 'w') as f:
            f.write('<?php\n')
        starts = 20
        mini_start, _ = best_of(options.repetitions, lambda: lint_all(miniphp, [empty] * starts))
        php_start, _ = best_of(options.repetitions, lambda: lint_all(php, [empty] * starts))
        report('process start (lint of an empty file)', mini_start / starts, php_start / starts, 'ms', 1000.0)

        if mini_large and php_large:
            print(f'large-file throughput: miniphp {size / mini_large / 1e6:.1f} MB/s, '
                  f'php {size / php_large / 1e6:.1f} MB/s')
        disagreements = [path for path in paths if mini_verdicts[path] != php_verdicts[path]]
        if not mini_ok[large] or not php_ok[large]:
            print(f'note: the large file did not lint cleanly (miniphp: {mini_ok[large]}, php: {php_ok[large]})')
        print(f'verdicts: miniphp and php disagree on {len(disagreements)} of {len(paths)} files')
        for path in disagreements[:5]:
            with open(path, 'rb') as f:
                first = f.read(200).decode('utf-8', 'replace').replace('\n', ' ')[:80]
            print(f'  {"accepted" if mini_verdicts[path] else "rejected"} by miniphp only: {first}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
