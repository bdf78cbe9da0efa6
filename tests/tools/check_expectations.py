#!/usr/bin/env python3
"""Check that every .phpt expectation is what real PHP 8.2 prints.

    check_expectations.py [--php php] [-j N] [PATH...]     (default PATH: tests/phpt of this repository)

The tests run through the same runner as for miniphp (run_phpt.py), with `php -n` as the interpreter, so an
expectation that passes here is PHP's behaviour, byte for byte and exit status included. Extensions a test
lists in --EXTENSIONS-- are loaded with `-d extension=NAME` when php has them as shared modules (tokenizer,
ctype, ...), and the test is skipped when php lacks them altogether.

A test marked with a --DIVERGENCE-- section (the reason miniphp differs on purpose) is checked against its
--EXPECT_PHP-- / --EXPECTF_PHP-- / --EXPECTREGEX_PHP-- (and --EXIT_STATUS_PHP--) sections when it has them,
which record what PHP prints instead; without them it is left out, with its reason printed.

Exit status: 0 when every expectation holds, 1 when one does not, 77 (CTest's "skipped") when php is not
installed or is not PHP 8.2.
"""
import argparse
import os
import shlex
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_phpt  # noqa: E402

SKIPPED = 77
REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def php_query(php, code):
    """Run `php -n -r CODE`; None when php cannot be run."""
    try:
        completed = subprocess.run(php + ['-n', '-r', code], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return completed.stdout.decode('utf-8', 'replace') if completed.returncode == 0 else None


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--php', default='php', help='the PHP 8.2 command (default: php)')
    parser.add_argument('-j', '--jobs', type=int, default=os.cpu_count() or 1)
    parser.add_argument('--timeout', type=float, default=30.0)
    parser.add_argument('-q', '--quiet', action='store_true', help='print only mismatches and the summary')
    parser.add_argument('--run-tests-ini', action='store_true',
                        help="pass run-tests.php's ini settings (for php-src's own tests)")
    parser.add_argument('paths', nargs='*')
    options = parser.parse_args(argv)

    php = shlex.split(options.php)
    version = php_query(php, 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')
    if version is None:
        print(f'check_expectations.py: {options.php} cannot be run: skipped')
        return SKIPPED
    if version != '8.2':
        print(f'check_expectations.py: {options.php} is PHP {version}, not 8.2: skipped')
        return SKIPPED

    builtin = php_query(php, 'echo implode(",", get_loaded_extensions());') or ''
    extension_dir = php_query(php, 'echo ini_get("extension_dir");') or ''
    loadable = []
    if os.path.isdir(extension_dir):
        loadable = [name[:-3] for name in os.listdir(extension_dir) if name.endswith('.so')]

    paths = options.paths or [os.path.join(REPOSITORY, 'tests', 'phpt')]
    arguments = ['--interpreter', options.php, '--reference', '--builtin-extensions', builtin,
                 '--loadable-extensions', ','.join(loadable), '-j', str(options.jobs),
                 '--timeout', str(options.timeout)]
    if options.quiet:
        arguments.append('--quiet')
    if options.run_tests_ini:
        arguments.append('--run-tests-ini')
    if not options.paths:
        arguments += ['--base', REPOSITORY]
    return run_phpt.main(arguments + paths)


if __name__ == '__main__':
    sys.exit(main())
