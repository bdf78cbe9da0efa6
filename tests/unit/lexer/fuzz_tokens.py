#!/usr/bin/env python3
"""Differential fuzzing of the lexer against PHP's token_get_all().

Usage: fuzz_tokens.py MINIPHP_TOKENS [ROUNDS] [SEED]

Builds random sources from fragments chosen to hit the scanner's corners (string states, heredoc markers,
casts, numbers, comments, tags, odd bytes, CR/LF mixes), tokenizes each with `MINIPHP_TOKENS --batch` (the
miniphp-tokens tool) and with tests/tools/php_tokens.php, and keeps the sources that disagree, smallest first,
in a temporary directory it names. Not a CTest test: it is a tool for finding bugs.
"""
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PHP_TOKENS = os.path.join(HERE, '..', '..', 'tools', 'php_tokens.php')

FRAGMENTS = [
    '<?php ', '<?php\n', '<?php\r\n', '<?=', '<?', '?>', '?>\n', '?>\r\n', '<?php', '<?PhP\t', '<?phpx',
    ' ', '\n', '\r', '\r\n', '\t', '\x00', '\x01', '\x7f', '\xc3\xa9', '\xff',
    '$a', '$b1', '$', '$$', '${', '{$', '{', '}', '[', ']', '(', ')', '->', '?->', '-', '?', '>',
    'a', 'foo', 'Foo\\Bar', '\\Foo', '\\', 'namespace\\x', 'namespace', 'enum ', 'enum', ' extends', 'implements',
    'yield', 'yield from', 'yield\nfrom', 'from', 'readonly', 'fn', 'exit', 'DIE', '__halt_compiler', '__CLASS__',
    'class', 'function', 'static', 'list', 'array', 'callable',
    '"', "'", '`', '\\"', "\\'", '\\\\', '\\n', '\\u{41}', '\\u{zz}', '\\u{110000}', '\\u', '\\x4', '\\400', '\\7',
    '\\$', '\\{',
    '<<<EOT\n', '<<<"EOT"\n', "<<<'EOT'\n", '<<<  EOT\r\n', 'EOT', '  EOT', '\tEOT', 'EOT;', 'EOTX', '<<<', 'b"', "b'",
    '0', '1', '07', '08', '0x1F', '0X', '0b101', '0b2', '0o17', '0O8', '1_000', '1__0', '_1', '1.5', '.5', '1.',
    '1e3', '1E+3', '1e', '9223372036854775807', '9223372036854775808', '0x7FFFFFFFFFFFFFFF', '0x8000000000000000',
    '0777777777777777777777', '0b' + '1' * 64, '1_', '0_1',
    '( int )', '(int)', '(integer)', '(\tbool )', '(real)', '(float)', '(string)', '(binary)', '(array)',
    '(object)', '(unset)', '( in t)',
    '#', '#[', '//', '/*', '*/', '/**', '/** ', '/**/', '/***/',
    '\n  EOT', '\n\tEOT\n', '\n EOT;', '\nEOT\n', '\n  \t EOT', '\n    ', '\n  a', '\n\ta', '\n',
    '{$a}', '{$a[1]}', '${a}', '${a[0]}', '${$a}', '$a[0]', '$a[-1]', '$a[-x]', '$a[x]', '$a[ ]', '$a[012]',
    '$a[0x1]', '$a[9999999999999999999]', '$a->b', '$a?->b', '$a->', '$a->1', '$a[$b]', '$a[\'x\']',
    'B"', "B'", 'b<<<EOT\n', '<<<EOT', '<<< "EOT"\n', "<<<'EOT\n", 'yield /* c */ from', 'yield\r\nfrom(',
    '#!x\n', '__halt_compiler(', '__halt_compiler();', ' /* */ ', '# ?>', '// x\r', '<?= 1 ?>', '?>x<?php ',
    '$a{', '"${', '"{$', '{$a->b}', '"$a->b->c"', '"$a[0][1]"', '"$a->b[0]"', '\\u{00041}', '\\x41', '\\101',
    'é', '$é', 'élan', '\xc0', '\x80abc',
    '&', '&$', '& $', '&...', '&&', '...', '..', '::', '=>', '**=', '??=', '??', '<=>', '<>', '!==', '<<=',
    ';', ',', '.', '+', '*', '/', '%', '!', '~', '@', '^', '|', '=', '<', '>',
]


def random_source(rng):
    parts = [rng.choice(['<?php ', '<?php\n', '', 'html<?php '])]
    for _ in range(rng.randint(1, 40)):
        parts.append(rng.choice(FRAGMENTS))
    return ''.join(parts).encode('latin-1')


def batch_output(command, paths):
    output = subprocess.run(command + ['--batch'] + paths, capture_output=True).stdout
    results = {}
    for part in output.split(b'\x01')[1:]:
        path, _, tokens = part.partition(b'\n')
        results[path.decode()] = tokens
    return results


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    tool = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else random.randrange(1 << 30)
    rng = random.Random(seed)
    work = tempfile.mkdtemp(prefix='miniphp-fuzz-')
    failures = []
    batch = 500
    for start in range(0, rounds, batch):
        paths = []
        sources = {}
        for index in range(start, min(rounds, start + batch)):
            path = os.path.join(work, '%d.php' % index)
            source = random_source(rng)
            with open(path, 'wb') as f:
                f.write(source)
            paths.append(path)
            sources[path] = source
        ours = batch_output([tool], paths)
        theirs = batch_output(['php', '-n', '-d', 'extension=tokenizer', PHP_TOKENS], paths)
        for path in paths:
            if ours.get(path) != theirs.get(path):
                failures.append(sources[path])
            os.unlink(path)
    os.rmdir(work)
    failures.sort(key=len)
    print('seed %d: %d of %d sources disagree' % (seed, len(failures), rounds))
    if failures:
        keep = tempfile.mkdtemp(prefix='miniphp-fuzz-failures-')
        for index, source in enumerate(failures[:20]):
            with open(os.path.join(keep, '%d.php' % index), 'wb') as f:
                f.write(source)
        print('the smallest disagreeing sources are in', keep)
    for source in failures[:5]:
        print(repr(source))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
