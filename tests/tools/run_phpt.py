#!/usr/bin/env python3
"""Run .phpt tests (php-src's run-tests format) against an interpreter: miniphp, or php itself.

    run_phpt.py --miniphp BINARY [options] [PATH...]      (PATH: .phpt files or directories, searched deeply)

What a test does, following run-tests.php (php-src) wherever the two overlap:
- FILE is written beside the test as NAME.php and run as `INTERPRETER -n [-d INI...] -f NAME.php [-- ARGS]`,
  with STDIN on standard input and ENV added to the environment; standard output and standard error are read
  through one pipe, in the order they were written (CAPTURE_STDIO can leave streams out).
- The output passes when it equals EXPECT, or matches EXPECTF (with run-tests.php's placeholders, see
  expectf_to_regex) or EXPECTREGEX. Output and expectation are both trimmed and `\\r\\n` becomes `\\n`.
- SKIPIF is run first with the same interpreter: output starting with "skip" skips the test, "xfail" marks it
  as expected to fail, "info"/"warn" add a note, anything else is a broken test. CLEAN runs after the test.
- XFAIL turns a failure into an expected failure. EXTENSIONS skips a test whose extensions the interpreter
  lacks (or loads them, see --loadable-extensions). CONFLICTS tests run alone, after the others.
- Tests made for other SAPIs (CGI sections: GET, POST, COOKIE, ...; PHPDBG) and REDIRECTTEST are skipped with
  the reason. A broken test (bad sections) counts as a failure.
- miniphp's additions (tests/phpt/README.md): CLI_ARGS replaces `-f NAME.php -- ARGS` with any command line
  (`{FILE}` is NAME.php, `{PWD}` the test's directory, `{TMP}` the temporary directory); EXIT_STATUS checks
  the exit status; DIVERGENCE marks an intentional difference from PHP, and --reference (the interpreter is
  php itself) then checks the EXPECT*_PHP / EXIT_STATUS_PHP sections instead, or skips the test without them.

Each test prints one line (PASS, FAIL, SKIP, XFAIL, KNOWN, BORK) and a diff for failures; the last line is
`N passed, N failed, N skipped`. The exit status is 1 when a test failed that is not a known failure.

Known failures (--known-failures FILE): one test id per line (`#` starts a comment). A listed test that fails
is reported as KNOWN and is not a failure; a listed test that passes is reported so the list can shrink.
--write-known-failures FILE writes the ids of every test failing in this run. A test's id is its path relative
to --base (default: the current directory when the test is below it, else the parent of the PATH given).
"""
import argparse
import concurrent.futures
import difflib
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import phpt  # noqa: E402

# --------------------------------------------------------------------------------------------------------------
# Expectations

# PHP's trim(): these bytes are stripped from both ends of the output and of the expectation.
_TRIM_BYTES = b' \t\n\r\0\x0b'

# run-tests.php's EXPECTF placeholders and the regular expressions they stand for.
EXPECTF_PLACEHOLDERS = {
    b'%e': re.escape(os.sep.encode()),
    b'%s': rb'[^\r\n]+',
    b'%S': rb'[^\r\n]*',
    b'%a': rb'.+',
    b'%A': rb'.*',
    b'%w': rb'\s*',
    b'%i': rb'[+-]?\d+',
    b'%d': rb'\d+',
    b'%x': rb'[0-9a-fA-F]+',
    b'%f': rb'[+-]?(?:\d+|(?=\.\d))(?:\.\d+)?(?:[Ee][+-]?\d+)?',
    b'%c': rb'.',
    b'%0': rb'\x00',
}
_PLACEHOLDER = re.compile(rb'%[esSaAwidxfc0]')

# The bytes PHP's preg_quote() escapes (with '/' as the delimiter); NUL becomes \000.
_PREG_SPECIAL = frozenset(b'.\\+*?[^]$(){}=!<>|:-#/')


def preg_quote(text: bytes) -> bytes:
    out = bytearray()
    for byte in text:
        if byte == 0:
            out += b'\\000'
        else:
            if byte in _PREG_SPECIAL:
                out += b'\\'
            out.append(byte)
    return bytes(out)


def normalise(text: bytes) -> bytes:
    """Output and expectations are compared trimmed, with \\r\\n read as \\n (in that order, as run-tests)."""
    return text.strip(_TRIM_BYTES).replace(b'\r\n', b'\n')


def expectf_to_regex(expectation: bytes) -> bytes:
    """The regular expression an EXPECTF body stands for (the body already normalised).

    Literal text is quoted; `%r...%r` encloses a raw regular expression, put in a group; an unbalanced `%r`
    is literal text. The placeholders are then replaced in one pass over the whole pattern, inside `%r`
    groups too, exactly as run-tests.php does it.
    """
    pattern = bytearray()
    position = 0
    length = len(expectation)
    while position < length:
        start = expectation.find(b'%r', position)
        if start != -1:
            end = expectation.find(b'%r', start + 2)
            if end == -1:
                start = end = length
        else:
            start = end = length
        pattern += preg_quote(expectation[position:start])
        if end > start:
            pattern += b'(' + expectation[start + 2:end] + b')'
        position = end + 2
    return _PLACEHOLDER.sub(lambda match: EXPECTF_PLACEHOLDERS[match.group(0)], bytes(pattern))


def output_matches(kind: str, expectation: bytes, output: bytes) -> bool:
    """Does the normalised `output` satisfy an expectation section of `kind` (EXPECT, EXPECTF, EXPECTREGEX)?

    Raises re.error when the expectation is not a valid regular expression (a PCRE-only construct, say).
    """
    wanted = normalise(expectation)
    if kind == 'EXPECT':
        return output == wanted
    regex = expectf_to_regex(wanted) if kind == 'EXPECTF' else wanted
    return re.match(b'^' + regex + b'$', output, re.S) is not None


def expectation_diff(kind: str, expectation: bytes, output: bytes) -> str:
    """A unified diff from the expectation to the output. For EXPECTF, an output line that matches its
    expectation line on its own is shown as equal, so the diff points at the lines that really differ."""
    wanted_lines = normalise(expectation).split(b'\n')
    output_lines = output.split(b'\n')
    shown = list(output_lines)
    if kind == 'EXPECTF':
        for index, (wanted, got) in enumerate(zip(wanted_lines, output_lines)):
            try:
                if re.match(b'^' + expectf_to_regex(wanted) + b'$', got, re.S):
                    shown[index] = wanted
            except re.error:
                pass
    decode = lambda lines: [line.decode('utf-8', 'backslashreplace') for line in lines]  # noqa: E731
    diff = difflib.unified_diff(decode(wanted_lines), decode(shown), 'expected', 'output', lineterm='', n=2)
    return '\n'.join(diff)


# --------------------------------------------------------------------------------------------------------------
# Running one test

# The ini settings run-tests.php passes to every test that differ from php's built-in defaults (php -n). php-src's
# tests are written for them; --run-tests-ini passes them too (before the test's own INI section).
RUN_TESTS_INI = [('error_reporting', '32767'), ('docref_ext', '.html'), ('short_open_tag', '0')]

CGI_SECTIONS = ('CGI', 'GET', 'POST', 'POST_RAW', 'GZIP_POST', 'DEFLATE_POST', 'PUT', 'COOKIE', 'EXPECTHEADERS')
EXPECT_KINDS = ('EXPECT', 'EXPECTF', 'EXPECTREGEX')


class Config:
    def __init__(self, interpreter, timeout=30.0, reference=False, builtin_extensions=None,
                 loadable_extensions=(), keep_files=False, run_tests_ini=False):
        self.interpreter = list(interpreter)     # the command, possibly with arguments ("php -d foo=1")
        self.timeout = timeout
        self.reference = reference               # the interpreter is PHP itself (check_expectations.py)
        # Lower-case names; None means "assume every extension is there".
        self.builtin_extensions = None if builtin_extensions is None else {e.lower() for e in builtin_extensions}
        self.loadable_extensions = {e.lower() for e in loadable_extensions}
        self.keep_files = keep_files
        self.run_tests_ini = run_tests_ini


class Result:
    def __init__(self, test_id, name, status, reason='', details=''):
        self.test_id = test_id
        self.name = name
        self.status = status    # PASS FAIL SKIP XFAIL BORK (KNOWN and FIXED are given by the known list)
        self.reason = reason
        self.details = details  # the diff, for failures


def run_process(argv, stdin, env, timeout, capture_stdout=True, capture_stderr=True):
    """Run `argv`; return (output bytes, exit status, timed out). A run that outlives `timeout` is killed
    with its whole process group, so a hanging test never hangs the runner."""
    stdout = subprocess.PIPE if capture_stdout else subprocess.DEVNULL
    if capture_stderr:
        stderr = subprocess.STDOUT if capture_stdout else subprocess.PIPE
    else:
        stderr = subprocess.DEVNULL
    try:
        process = subprocess.Popen(argv, stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                                   stdout=stdout, stderr=stderr, env=env, start_new_session=True)
    except OSError as error:
        return f'cannot run {argv[0]}: {error}'.encode(), 127, False
    timed_out = False
    try:
        out, err = process.communicate(stdin, timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = process.communicate()
    output = (out or b'') + (err or b'')
    return output, process.returncode, timed_out


def _substitute(text: str, test_dir: str, test_file: str) -> str:
    return (text.replace('{PWD}', test_dir).replace('{TMP}', tempfile.gettempdir())
            .replace('{FILE}', test_file))


def _ini_settings(sections, test_dir):
    """The INI section as (name, value) pairs, in order, as run-tests.php reads it."""
    if 'INI' not in sections:
        return []
    text = _substitute(sections['INI'].decode('utf-8', 'surrogateescape'), test_dir, '')
    settings = []
    for line in re.split(r'[\n\r]+', text):
        if '=' in line:
            name, value = line.split('=', 1)
            settings.append((name.strip(), value.strip()))
    return settings


def _environment(sections, test_dir, config, extra_args):
    env = dict(os.environ)
    env['TEST_PHP_EXECUTABLE'] = config.interpreter[0]
    env['TEST_PHP_EXTRA_ARGS'] = ' '.join(shlex.quote(arg) for arg in extra_args)
    if sections.get('ENV'):
        text = _substitute(sections['ENV'].decode('utf-8', 'surrogateescape'), test_dir, '')
        for line in text.split('\n'):
            name, equals, value = line.strip().partition('=')
            if name and equals:
                env[name] = value
    return env


def _write(path, data):
    with open(path, 'wb') as f:
        f.write(data)


def _remove(*paths):
    for path in paths:
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass


def _expectations(sections, config):
    """The expectation to check: (kind, body, exit status or None), or a reason to skip as a string."""
    suffix = ''
    if config.reference and 'DIVERGENCE' in sections:
        if not any(kind + '_PHP' in sections for kind in EXPECT_KINDS):
            reason = sections['DIVERGENCE'].strip().decode('utf-8', 'replace').split('\n')[0]
            return f'intentional divergence: {reason}'
        suffix = '_PHP'
    for kind in EXPECT_KINDS:
        if kind + suffix in sections:
            status_text = sections.get('EXIT_STATUS' + suffix, sections.get('EXIT_STATUS'))
            status = int(status_text.strip()) if status_text is not None and status_text.strip() else None
            return kind, sections[kind + suffix], status
    return 'no EXPECT, EXPECTF or EXPECTREGEX section'


def run_test(path, test_id, config):
    """Run the .phpt file at `path` and return its Result."""
    try:
        sections = phpt.load_test(path)
    except (phpt.BorkedTest, OSError) as error:
        return Result(test_id, '', 'BORK', str(error))
    name = phpt.test_name(sections)

    if 'REDIRECTTEST' in sections:
        return Result(test_id, name, 'SKIP', 'REDIRECTTEST is not supported')
    if 'PHPDBG' in sections:
        return Result(test_id, name, 'SKIP', 'needs the phpdbg SAPI')
    if any(sections.get(key) for key in CGI_SECTIONS) or 'CGI' in sections:
        return Result(test_id, name, 'SKIP', 'needs the CGI SAPI')
    expectation = _expectations(sections, config)
    if isinstance(expectation, str):
        status = 'SKIP' if expectation.startswith('intentional') else 'BORK'
        return Result(test_id, name, status, expectation)
    kind, wanted, wanted_status = expectation

    test_dir = os.path.dirname(os.path.abspath(path))
    stem = os.path.join(test_dir, os.path.basename(path)[:-len('phpt')] if path.endswith('.phpt')
                        else os.path.basename(path) + '.')
    test_file, skip_file, clean_file = stem + 'php', stem + 'skip.php', stem + 'clean.php'

    # Extensions: there, loadable with -d extension=NAME, or missing (the test is skipped).
    startup_args = []
    if 'EXTENSIONS' in sections:
        missing = []
        for extension in re.split(r'[\n\r]+', sections['EXTENSIONS'].decode('ascii', 'replace').strip()):
            lowered = extension.strip().lower()
            if not lowered or config.builtin_extensions is None or lowered in config.builtin_extensions:
                continue
            if lowered in config.loadable_extensions:
                # opcache and xdebug are Zend extensions and load with another setting (as in run-tests.php).
                setting = 'zend_extension' if lowered in ('opcache', 'xdebug') else 'extension'
                startup_args += ['-d', f'{setting}={lowered}']
            else:
                missing.append(extension.strip())
        if missing:
            plural = 's' if len(missing) > 1 else ''
            return Result(test_id, name, 'SKIP', f'Required extension{plural} missing: ' + ', '.join(missing))

    # SKIPIF and CLEAN run with the defaults but without the test's own INI section, as in run-tests.php.
    default_args = []
    for setting, value in RUN_TESTS_INI if config.run_tests_ini else []:
        default_args += ['-d', f'{setting}={value}']
    ini_args = []
    for setting, value in _ini_settings(sections, test_dir):
        ini_args += ['-d', f'{setting}={value}']
    base = config.interpreter + ['-n'] + startup_args + default_args
    env = _environment(sections, test_dir, config, startup_args + default_args + ini_args)
    notes = []
    xfail = sections['XFAIL'].strip().decode('utf-8', 'replace') if 'XFAIL' in sections else None
    if xfail is None and 'XLEAK' in sections:
        # run-tests.php reports a failing test with an XLEAK section as an expected failure too.
        xfail = 'XLEAK: ' + sections['XLEAK'].strip().decode('utf-8', 'replace')

    try:
        if sections.get('SKIPIF'):
            _write(skip_file, sections['SKIPIF'])
            skip_argv = base + ['-d', 'display_errors=1', '-d', 'display_startup_errors=0', skip_file]
            out, _, timed_out = run_process(skip_argv, b'', env, config.timeout)
            out = out.strip(_TRIM_BYTES)
            if timed_out:
                return Result(test_id, name, 'BORK', 'SKIPIF timed out')
            lowered = out[:5].lower()
            if lowered.startswith(b'skip'):
                match = re.match(rb'^skip\s*(.+)', out, re.I | re.S)
                reason = match.group(1).decode('utf-8', 'replace').strip() if match else ''
                return Result(test_id, name, 'SKIP', reason)
            if lowered.startswith(b'info'):
                notes.append('info: ' + out[4:].strip().decode('utf-8', 'replace'))
            elif lowered.startswith(b'warn'):
                notes.append('warn: ' + out[4:].strip().decode('utf-8', 'replace'))
            elif lowered == b'xfail':
                xfail = out[5:].strip().decode('utf-8', 'replace')
            elif lowered == b'flaky':
                notes.append('flaky')
            elif out:
                return Result(test_id, name, 'BORK', 'invalid output from SKIPIF',
                              out.decode('utf-8', 'backslashreplace'))

        _write(test_file, sections['FILE'])
        if 'CLI_ARGS' in sections:
            text = _substitute(sections['CLI_ARGS'].decode('utf-8', 'surrogateescape'), test_dir, test_file)
            command = base + ini_args + shlex.split(text)
        else:
            command = base + ini_args + ['-f', test_file]
            if 'ARGS' in sections:
                command += ['--'] + shlex.split(sections['ARGS'].decode('utf-8', 'surrogateescape'))
        capture = sections.get('CAPTURE_STDIO', b'STDIN STDOUT STDERR').upper()
        stdin = sections.get('STDIN', b'') if b'STDIN' in capture else None
        out, status, timed_out = run_process(command, stdin, env, config.timeout,
                                             b'STDOUT' in capture, b'STDERR' in capture)

        clean_output = b''
        if sections.get('CLEAN'):
            _write(clean_file, sections['CLEAN'].strip(_TRIM_BYTES))
            clean_output, _, _ = run_process(base + [clean_file], b'', env, config.timeout)
    finally:
        if not config.keep_files:
            _remove(test_file, skip_file, clean_file)

    output = normalise(out)
    failure = None
    if timed_out:
        failure = f'timed out after {config.timeout:g}s'
    else:
        try:
            if not output_matches(kind, wanted, output):
                failure = f'output differs from {kind}'
        except re.error as error:
            return Result(test_id, name, 'BORK', f'{kind} is not a valid regular expression here: {error}')
        if failure is None and wanted_status is not None and status != wanted_status:
            failure = f'exit status {status}, expected {wanted_status}'

    if failure is None:
        if clean_output.strip(_TRIM_BYTES):
            return Result(test_id, name, 'BORK', 'invalid output from CLEAN')
        if xfail is not None:
            notes.append('warn: XFAIL section but test passes')
        return Result(test_id, name, 'PASS', '; '.join(notes))
    details = expectation_diff(kind, wanted, output)
    if xfail is not None:
        return Result(test_id, name, 'XFAIL', xfail.split('\n')[0], details)
    return Result(test_id, name, 'FAIL', failure, details)


# --------------------------------------------------------------------------------------------------------------
# Finding tests and running many

def find_tests(paths, base=None):
    """[(path, id)] for the .phpt files named or below the directories named, sorted by id."""
    found = {}
    cwd = os.getcwd()
    for given in paths:
        absolute = os.path.abspath(given)
        if os.path.isdir(absolute):
            files = []
            for directory, subdirectories, names in os.walk(absolute):
                subdirectories.sort()
                files += [os.path.join(directory, name) for name in sorted(names) if name.endswith('.phpt')]
        elif os.path.isfile(absolute):
            files = [absolute]
        else:
            raise FileNotFoundError(f'no such test or directory: {given}')
        for file in files:
            if base is not None:
                root = os.path.abspath(base)
            elif file.startswith(cwd + os.sep):
                root = cwd
            else:
                root = os.path.dirname(absolute.rstrip(os.sep)) if os.path.isdir(absolute) else os.path.dirname(file)
            found[file] = os.path.relpath(file, root).replace(os.sep, '/')
    return sorted(found.items(), key=lambda item: item[1])


def has_conflicts(path):
    """Does the test declare CONFLICTS (in its sections or a CONFLICTS file in its directory)?"""
    if os.path.exists(os.path.join(os.path.dirname(path), 'CONFLICTS')):
        return True
    try:
        return 'CONFLICTS' in phpt.read_sections(path)
    except OSError:
        return False


def read_known_failures(path):
    known = set()
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].strip()
            if line:
                known.add(line)
    return known


class Reporter:
    """Prints each result as it arrives (from several threads, one line at a time) and counts them."""

    def __init__(self, known, quiet, stream=None):
        self.known = known
        self.quiet = quiet
        self.stream = stream or sys.stdout
        self.lock = threading.Lock()
        self.results = []

    def add(self, result):
        if result.status in ('FAIL', 'BORK') and result.test_id in self.known:
            result.status = 'KNOWN'
        with self.lock:
            self.results.append(result)
            fixed = result.status == 'PASS' and result.test_id in self.known
            if self.quiet and result.status in ('PASS', 'SKIP', 'XFAIL', 'KNOWN') and not fixed:
                return
            line = f'{result.status} {result.test_id}'
            if result.name:
                line += ' - ' + ' '.join(result.name.split())
            if result.reason:
                line += f' ({result.reason})'
            if fixed:
                line += ' [listed as a known failure but passes now: remove it from the list]'
            print(line, file=self.stream)
            if result.status in ('FAIL', 'BORK') and result.details:
                print(result.details, file=self.stream)
            self.stream.flush()

    def count(self, *statuses):
        return sum(1 for result in self.results if result.status in statuses)

    def summary(self):
        fixed = sum(1 for r in self.results if r.status == 'PASS' and r.test_id in self.known)
        extra = []
        if self.count('XFAIL'):
            extra.append(f'{self.count("XFAIL")} expected failures (XFAIL)')
        if self.count('KNOWN'):
            extra.append(f'{self.count("KNOWN")} known failures')
        if fixed:
            extra.append(f'{fixed} known failures now pass')
        if self.count('BORK'):
            extra.append(f'{self.count("BORK")} broken tests (counted as failed)')
        lines = [f'{len(self.results)} tests' + (': ' + ', '.join(extra) if extra else '')]
        lines.append(f'{self.count("PASS")} passed, {self.count("FAIL", "BORK")} failed, '
                     f'{self.count("SKIP")} skipped')
        return '\n'.join(lines)


def run_all(tests, config, jobs, reporter):
    """Run [(path, id)]: tests without CONFLICTS in parallel, then the others one at a time."""
    alone = [test for test in tests if has_conflicts(test[0])]
    together = [test for test in tests if test not in alone]

    def one(test):
        try:
            return run_test(test[0], test[1], config)
        except Exception as error:  # a bug in the runner must not hide the other results
            return Result(test[1], '', 'BORK', f'runner error: {error!r}')

    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for result in pool.map(one, together):
            reporter.add(result)
    for test in alone:
        reporter.add(one(test))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--miniphp', '--interpreter', dest='interpreter', required=True,
                        help='the interpreter to test (a command line: "php -d x=1" is allowed)')
    parser.add_argument('paths', nargs='*', help='.phpt files or directories (default: the current directory)')
    parser.add_argument('-j', '--jobs', type=int, default=os.cpu_count() or 1, help='tests run at once')
    parser.add_argument('--timeout', type=float, default=30.0, help='seconds a test may run (default 30)')
    parser.add_argument('--base', help='directory test ids are relative to')
    parser.add_argument('--known-failures', metavar='FILE', help='ids of tests known to fail')
    parser.add_argument('--write-known-failures', metavar='FILE', help='write the ids of failing tests here')
    parser.add_argument('--reference', action='store_true',
                        help='the interpreter is php itself: check EXPECT*_PHP sections of divergences')
    parser.add_argument('--builtin-extensions', metavar='LIST',
                        help='comma-separated extensions the interpreter has (default: core,standard); '
                             '"all" to assume every one')
    parser.add_argument('--loadable-extensions', metavar='LIST', default='',
                        help='comma-separated extensions to load with -d extension=NAME when a test needs them')
    parser.add_argument('--run-tests-ini', action='store_true',
                        help="pass the ini settings run-tests.php gives php-src's tests (short_open_tag=0, ...)")
    parser.add_argument('-q', '--quiet', action='store_true', help='print only failures and the summary')
    parser.add_argument('--keep', action='store_true', help='keep the .php files written for each test')
    options = parser.parse_args(argv)

    interpreter = shlex.split(options.interpreter)
    if os.sep in interpreter[0]:
        interpreter[0] = os.path.abspath(interpreter[0])
    builtin = options.builtin_extensions if options.builtin_extensions is not None else 'core,standard'
    config = Config(interpreter, options.timeout, options.reference,
                    None if builtin == 'all' else [e for e in builtin.split(',') if e],
                    [e for e in options.loadable_extensions.split(',') if e], options.keep,
                    options.run_tests_ini)
    known = read_known_failures(options.known_failures) if options.known_failures else set()
    try:
        tests = find_tests(options.paths or ['.'], options.base)
    except FileNotFoundError as error:
        print(f'run_phpt.py: {error}', file=sys.stderr)
        return 2
    reporter = Reporter(known, options.quiet)
    run_all(tests, config, options.jobs, reporter)
    if len(options.paths) > 1:
        # One line per PATH given, for pass rates of separate suites (php-src's tests/lang and Zend/tests).
        for given in options.paths:
            ids = {test_id for _, test_id in find_tests([given], options.base)}
            mine = [r for r in reporter.results if r.test_id in ids]
            passed = sum(1 for r in mine if r.status == 'PASS')
            skipped = sum(1 for r in mine if r.status == 'SKIP')
            ran = len(mine) - skipped
            rate = f' ({100.0 * passed / ran:.1f}% of those run)' if ran else ''
            print(f'{given}: {passed} of {len(mine)} passed{rate}, {skipped} skipped')
    if options.write_known_failures:
        failing = sorted(r.test_id for r in reporter.results if r.status in ('FAIL', 'BORK', 'KNOWN'))
        with open(options.write_known_failures, 'w', encoding='utf-8') as f:
            f.write(''.join(test_id + '\n' for test_id in failing))
    print(reporter.summary())
    return 1 if reporter.count('FAIL', 'BORK') else 0


if __name__ == '__main__':
    sys.exit(main())
