"""Reading .phpt files: php-src's run-tests format, shared by the runner and the conformance tools.

A .phpt file is a list of sections. A line that starts with `--NAME--` (NAME made of capitals and `_`, as
run-tests.php matches it; anything after the second `--` on that line is ignored) opens a section, which holds
every following line up to the next such line. Bodies are bytes: tests may hold any encoding.

Two entry points:
- parse_sections(data) / read_sections(path): the sections as they are, for tools that only want a body
  (for instance the FILE section of php-src's tests);
- load_test(path): what the runner uses. It applies run-tests.php's rules: the file must start with --TEST--,
  a section may not appear twice, only known sections are allowed, a FILE section ends early at a line
  `===DONE===`, --FILEEOF-- is --FILE-- without its final newlines, and the *_EXTERNAL sections load their
  body from a file beside the test. A test that breaks a rule raises BorkedTest ("borked" in run-tests).

miniphp adds a few sections to the format (documented in tests/phpt/README.md): CLI_ARGS, EXIT_STATUS,
DIVERGENCE, and the EXPECT*_PHP / EXIT_STATUS_PHP sections a divergence may carry.
"""
import os
import re

_SECTION_LINE = re.compile(rb'^--([_A-Z]+)--')
_DONE_LINE = re.compile(rb'^===DONE===\s*$')

# The sections run-tests.php accepts.
PHP_SRC_SECTIONS = frozenset([
    'EXPECT', 'EXPECTF', 'EXPECTREGEX', 'EXPECTREGEX_EXTERNAL', 'EXPECT_EXTERNAL', 'EXPECTF_EXTERNAL',
    'EXPECTHEADERS', 'POST', 'POST_RAW', 'GZIP_POST', 'DEFLATE_POST', 'PUT', 'GET', 'COOKIE', 'ARGS',
    'FILE', 'FILEEOF', 'FILE_EXTERNAL', 'REDIRECTTEST', 'CAPTURE_STDIO', 'STDIN', 'CGI', 'PHPDBG',
    'INI', 'ENV', 'EXTENSIONS', 'SKIPIF', 'XFAIL', 'XLEAK', 'CLEAN', 'CREDITS', 'DESCRIPTION', 'CONFLICTS',
    'WHITESPACE_SENSITIVE', 'FLAKY',
])

# miniphp's additions (see tests/phpt/README.md).
MINIPHP_SECTIONS = frozenset([
    'CLI_ARGS', 'EXIT_STATUS', 'DIVERGENCE', 'EXPECT_PHP', 'EXPECTF_PHP', 'EXPECTREGEX_PHP', 'EXIT_STATUS_PHP',
])

KNOWN_SECTIONS = PHP_SRC_SECTIONS | MINIPHP_SECTIONS


class BorkedTest(Exception):
    """A .phpt file that breaks the format's rules; run-tests.php reports it as BORK."""


def parse_sections(data: bytes) -> dict:
    """Return {name: body bytes} for each section in order of appearance (the first wins on a repeat)."""
    sections = {}
    name = None
    body = []
    for line in data.splitlines(keepends=True):
        match = _SECTION_LINE.match(line)
        if match:
            if name is not None and name not in sections:
                sections[name] = b''.join(body)
            name = match.group(1).decode('ascii')
            body = []
        elif name is not None:
            body.append(line)
    if name is not None and name not in sections:
        sections[name] = b''.join(body)
    return sections


def read_sections(path: str) -> dict:
    with open(path, 'rb') as f:
        return parse_sections(f.read())


def load_test(path: str) -> dict:
    """The sections of the test at `path` after run-tests.php's checks and rewrites; raises BorkedTest."""
    with open(path, 'rb') as f:
        data = f.read()
    if not data:
        raise BorkedTest('empty test')
    lines = data.splitlines(keepends=True)
    if not lines[0].startswith(b'--TEST--'):
        raise BorkedTest('tests must start with --TEST--')
    sections = {'TEST': b''}
    name = 'TEST'
    in_file = False
    done = False
    for line in lines[1:]:
        match = _SECTION_LINE.match(line)
        if match:
            name = match.group(1).decode('ascii')
            if sections.get(name):
                raise BorkedTest(f'duplicated {name} section')
            if name not in KNOWN_SECTIONS:
                raise BorkedTest(f'Unknown section "{name}"')
            sections[name] = b''
            in_file = name in ('FILE', 'FILEEOF', 'FILE_EXTERNAL')
            done = False
            continue
        if not done:
            sections[name] += line
        if in_file and _DONE_LINE.match(line):
            done = True

    if 'REDIRECTTEST' in sections:
        return sections
    file_sections = sum(1 for key in ('FILE', 'FILEEOF', 'FILE_EXTERNAL') if key in sections)
    if 'PHPDBG' not in sections and file_sections != 1:
        raise BorkedTest('missing section --FILE--')
    if 'FILEEOF' in sections:
        sections['FILE'] = re.sub(rb'[\r\n]+$', b'', sections.pop('FILEEOF'))
    directory = os.path.dirname(path)
    for prefix in ('FILE', 'EXPECT', 'EXPECTF', 'EXPECTREGEX'):
        key = prefix + '_EXTERNAL'
        if key in sections:
            # As in run-tests.php: only files below the test's own directory.
            relative = sections[key].decode('utf-8', 'replace').replace('..', '').strip()
            external = os.path.join(directory, relative)
            if not os.path.isfile(external):
                raise BorkedTest(f'could not load --{key}-- {external}')
            with open(external, 'rb') as f:
                sections[prefix] = f.read()
    if 'PHPDBG' in sections and 'STDIN' not in sections:
        sections['STDIN'] = sections['PHPDBG'] + b'\n'
    return sections


def test_name(sections: dict) -> str:
    return sections.get('TEST', b'').strip().decode('utf-8', 'replace')
