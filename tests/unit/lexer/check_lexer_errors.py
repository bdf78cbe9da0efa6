#!/usr/bin/env python3
"""Checks the lexer's parse errors against `php -n -l` over the --FILE-- sections of php-src's tests.

Usage: check_lexer_errors.py MINIPHP_TOKENS PHP_SRC_DIR

For each test script, `php -l` gives the first parse error (lexer's or parser's); MINIPHP_TOKENS --diagnostics
gives the lexer's first error in parser mode. When PHP's error is one the lexer raises, the two must agree
exactly (text and line); when only miniphp's lexer reports an error, PHP's parser may have stopped earlier, so
those are listed for review. A tool for development, not a CTest test (it needs php-src's tests).
"""
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'tools'))
from phpt import read_sections  # noqa: E402

LEXER_MESSAGES = re.compile(r'^(Invalid numeric literal|Invalid UTF-8 codepoint|Unterminated comment|'
                            r'Invalid body indentation|Invalid indentation|Unclosed |Unmatched |The \(real\) cast)')
PHP_ERROR = re.compile(r'(?:PHP )?Parse error:\s+(.*) in (.*) on line (\d+)')


def main():
    tool, php_src = sys.argv[1], sys.argv[2]
    work = tempfile.mkdtemp()
    path = os.path.join(work, 'test.php')
    mismatches = 0
    checked = 0
    review = []
    for part in ('tests/lang', 'Zend/tests'):
        for directory, _, files in os.walk(os.path.join(php_src, part)):
            for name in sorted(files):
                if not name.endswith('.phpt'):
                    continue
                sections = read_sections(os.path.join(directory, name))
                if 'FILE' not in sections:
                    continue
                with open(path, 'wb') as f:
                    f.write(sections['FILE'])
                lint = subprocess.run(['php', '-n', '-l', path], capture_output=True).stdout.decode('latin-1')
                match = PHP_ERROR.search(lint)
                php_error = None
                if match:
                    line = match.group(3) if match.group(2) == path else '0'
                    php_error = '%s @%s' % (match.group(1), line)
                ours = subprocess.run([tool, '--diagnostics', path], capture_output=True).stdout.decode('latin-1')
                our_error = None
                for line in ours.splitlines():
                    level, number, message = line.split('\t', 2)
                    if level == 'Parse error':
                        our_error = '%s @%s' % (message, number)
                        break
                label = os.path.join(directory, name)[len(php_src) + 1:]
                if php_error and LEXER_MESSAGES.match(php_error):
                    checked += 1
                    if php_error != our_error:
                        mismatches += 1
                        print('%s\n    php:     %s\n    miniphp: %s' % (label, php_error, our_error))
                elif our_error:
                    review.append('%s\n    php:     %s\n    miniphp: %s' % (label, php_error, our_error))
    print('%d lexer errors checked, %d disagree' % (checked, mismatches))
    print('%d files where only miniphp\'s lexer reports an error:' % len(review))
    for item in review:
        print(item)
    return 1 if mismatches else 0


if __name__ == '__main__':
    sys.exit(main())
