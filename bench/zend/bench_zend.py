#!/usr/bin/env python3
"""php-src's classic speed kernels, Zend/bench.php and Zend/micro_bench.php, run by miniphp and by `php -n`
in the same run.

    bench_zend.py --miniphp BINARY [--php php] [--php-src DIR] [--repetitions R] [--only bench|micro]

Each script prints one line per kernel ("simple             0.052") and a total. Every repetition runs
both interpreters one after the other; the table keeps each kernel's best time (the least disturbed
by other work on the machine) and gives the ratio miniphp/php (below 1: miniphp is faster). Peak
memory is each process's maximum resident set size (getrusage), the largest over the repetitions.
The scripts come from php-src (--php-src DIR, else ../cache/php-8.2.32 beside the repository, see
tests/tools/fetch_php_src.sh); they are read, not copied into the repository.
"""
import argparse
import os
import re
import shlex
import sys
import time

REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_PHP_SRC = os.path.normpath(os.path.join(REPOSITORY, '..', 'cache', 'php-8.2.32'))
# "name<spaces>seconds", micro_bench.php adding the time less the empty loop's.
KERNEL_LINE = re.compile(r'^(.*?)\s+(-?\d+\.\d+)(?:\s+-?\d+\.\d+)?\s*$')


def run(command):
    """Runs `command`; returns (exit status, stdout text, wall seconds, peak RSS in KiB)."""
    read_end, write_end = os.pipe()
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        os.dup2(write_end, 1)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        try:
            os.execvp(command[0], command)
        finally:
            os._exit(127)
    os.close(write_end)
    chunks = []
    while True:
        chunk = os.read(read_end, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    os.close(read_end)
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - started
    return os.waitstatus_to_exitcode(status), b''.join(chunks).decode('utf-8', 'replace'), elapsed, usage.ru_maxrss


def kernels(output):
    """The (name, seconds) pairs a bench script printed, in order."""
    found = []
    for line in output.splitlines():
        match = KERNEL_LINE.match(line.rstrip())
        if match:
            found.append((match.group(1).strip(), float(match.group(2))))
    return found


def measure(name, script, miniphp, php, repetitions):
    best = {'miniphp': {}, 'php': {}}
    order = []
    peak = {'miniphp': 0, 'php': 0}
    for _ in range(repetitions):
        for who, command in (('miniphp', miniphp + [script]), ('php', php + [script])):
            status, output, _, rss = run(command)
            if status != 0:
                print(f'{who} failed on {script} (exit status {status}):\n{output[-2000:]}', file=sys.stderr)
                return False
            peak[who] = max(peak[who], rss)
            for kernel, seconds in kernels(output):
                if kernel not in order:
                    order.append(kernel)
                previous = best[who].get(kernel)
                best[who][kernel] = seconds if previous is None else min(previous, seconds)
    print(f'{name} (best of {repetitions})')
    print(f'  {"kernel":<28} {"miniphp":>9} {"php -n":>9} {"ratio":>7}')
    for kernel in order:
        mine, theirs = best['miniphp'].get(kernel), best['php'].get(kernel)
        if mine is None or theirs is None:
            print(f'  {kernel:<28} {"-" if mine is None else f"{mine:9.3f}":>9} {"-" if theirs is None else f"{theirs:9.3f}":>9}')
            continue
        ratio = mine / theirs if theirs > 0 else float('inf')
        print(f'  {kernel:<28} {mine:9.3f} {theirs:9.3f} {ratio:7.2f}')
    print(f'  {"peak RSS (MiB)":<28} {peak["miniphp"] / 1024:9.1f} {peak["php"] / 1024:9.1f} '
          f'{peak["miniphp"] / max(peak["php"], 1):7.2f}')
    return True


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--miniphp', required=True, help='the miniphp binary (a Release build)')
    parser.add_argument('--php', default='php', help='the PHP 8.2 command line to compare with (run with -n)')
    parser.add_argument('--php-src', default=DEFAULT_PHP_SRC, help='unpacked php-src 8.2')
    parser.add_argument('--repetitions', type=int, default=3)
    parser.add_argument('--only', choices=['bench', 'micro'])
    arguments = parser.parse_args(argv)
    miniphp = shlex.split(arguments.miniphp)
    php = shlex.split(arguments.php) + ['-n']
    scripts = [('Zend/bench.php', 'bench'), ('Zend/micro_bench.php', 'micro')]
    ok = True
    for relative, key in scripts:
        if arguments.only and arguments.only != key:
            continue
        script = os.path.join(arguments.php_src, relative)
        if not os.path.exists(script):
            print(f'{script} not found: fetch php-src with tests/tools/fetch_php_src.sh', file=sys.stderr)
            return 77
        ok = measure(relative, script, miniphp, php, arguments.repetitions) and ok
    return 0 if ok else 1


if __name__ == '__main__':
    sys.exit(main())
