"""Unit tests of the .phpt runner (run_phpt.py) and reader (phpt.py): `python3 -m unittest` in tests/tools.

The tests run real .phpt files through the runner with a fake interpreter: this file itself, started with
--fake-php (see fake_php_main), which prints its script with a few directives. So every section and every
EXPECTF placeholder is checked without miniphp or php.
"""
import io
import os
import re
import shlex
import shutil
import sys
import tempfile
import textwrap
import time
import unittest
from contextlib import redirect_stdout

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import phpt  # noqa: E402
import run_phpt  # noqa: E402


# --------------------------------------------------------------------------------------------------------------
# The fake interpreter

def fake_php_main(argv):
    """Reads php's command line ([-n] [-d NAME=VALUE]... [-f] FILE [--] [ARGS...]) and prints FILE's lines,
    except these directive lines:
        #!args          the script arguments, space-separated
        #!argv          the whole command line, space-separated
        #!ini NAME      the value given with -d NAME=VALUE, "(unset)" if none
        #!env NAME      the environment variable NAME, "(unset)" if none
        #!stdin         what standard input holds
        #!stderr TEXT   TEXT on standard error
        #!sleep SECONDS wait
        #!exit STATUS   exit with STATUS once the rest is printed
    """
    ini = {}
    index = 0
    script = None
    while index < len(argv):
        argument = argv[index]
        if argument == '-n':
            index += 1
        elif argument == '-d':
            name, _, value = argv[index + 1].partition('=')
            ini[name] = value
            index += 2
        elif argument == '-f':
            script = argv[index + 1]
            index += 2
            break
        else:
            script = argument
            index += 1
            break
    if index < len(argv) and argv[index] == '--':
        index += 1
    if script is None:
        sys.stdout.write('fake php: no script\n')
        return 1
    try:
        with open(script, encoding='utf-8') as f:
            lines = f.read().splitlines(keepends=True)
    except OSError:
        sys.stdout.write(f'Could not open input file: {script}\n')
        return 1
    status = 0
    for line in lines:
        directive, _, rest = line.rstrip('\n').partition(' ')
        if directive == '#!args':
            sys.stdout.write(' '.join(argv[index:]) + '\n')
        elif directive == '#!argv':
            sys.stdout.write(' '.join(argv) + '\n')
        elif directive == '#!ini':
            sys.stdout.write(ini.get(rest, '(unset)') + '\n')
        elif directive == '#!env':
            sys.stdout.write(os.environ.get(rest, '(unset)') + '\n')
        elif directive == '#!stdin':
            sys.stdout.write(sys.stdin.read())
        elif directive == '#!stderr':
            sys.stdout.flush()
            sys.stderr.write(rest + '\n')
            sys.stderr.flush()
        elif directive == '#!sleep':
            sys.stdout.flush()
            time.sleep(float(rest))
        elif directive == '#!exit':
            status = int(rest)
        else:
            sys.stdout.write(line)
        sys.stdout.flush()
    return status


FAKE_PHP = [sys.executable, os.path.abspath(__file__), '--fake-php']


# --------------------------------------------------------------------------------------------------------------
# Expectations

class ExpectfTest(unittest.TestCase):
    def matches(self, expectation, output):
        return run_phpt.output_matches('EXPECTF', expectation, output)

    def test_s_is_one_or_more_characters_of_a_line(self):
        self.assertTrue(self.matches(b'in %s on line 3', b'in /a/b.php on line 3'))
        self.assertFalse(self.matches(b'a%sb', b'ab'))
        self.assertFalse(self.matches(b'a%sb', b'a\nb'))

    def test_capital_s_may_be_empty(self):
        self.assertTrue(self.matches(b'a%Sb', b'ab'))
        self.assertTrue(self.matches(b'a%Sb', b'axyzb'))
        self.assertFalse(self.matches(b'a%Sb', b'a\nb'))

    def test_a_spans_lines_and_is_not_empty(self):
        self.assertTrue(self.matches(b'start\n%a\nend', b'start\nx\ny\nend'))
        self.assertFalse(self.matches(b'a%ab', b'ab'))

    def test_capital_a_spans_lines_and_may_be_empty(self):
        self.assertTrue(self.matches(b'a%Ab', b'ab'))
        self.assertTrue(self.matches(b'a%Ab', b'a\n\nb'))

    def test_w_is_optional_whitespace(self):
        self.assertTrue(self.matches(b'a%wb', b'ab'))
        self.assertTrue(self.matches(b'a%wb', b'a \t\n b'))
        self.assertFalse(self.matches(b'a%wb', b'axb'))

    def test_i_is_a_signed_integer(self):
        for text in (b'0', b'+12', b'-345'):
            self.assertTrue(self.matches(b'n=%i.', b'n=' + text + b'.'), text)
        self.assertFalse(self.matches(b'n=%i', b'n=1.5'))

    def test_d_is_an_unsigned_integer(self):
        self.assertTrue(self.matches(b'line %d', b'line 42'))
        self.assertFalse(self.matches(b'line %d', b'line -42'))

    def test_x_is_hexadecimal(self):
        self.assertTrue(self.matches(b'0x%x', b'0xdeadBEEF'))
        self.assertFalse(self.matches(b'0x%x', b'0xg'))

    def test_f_is_a_float(self):
        for text in (b'1', b'1.5', b'-1.5', b'.5', b'1e10', b'1.5E-3', b'+2'):
            self.assertTrue(self.matches(b'<%f>', b'<' + text + b'>'), text)
        self.assertFalse(self.matches(b'<%f>', b'<1.>'))

    def test_c_is_one_character(self):
        self.assertTrue(self.matches(b'a%cc', b'abc'))
        self.assertFalse(self.matches(b'a%cc', b'abbc'))

    def test_e_is_the_directory_separator(self):
        self.assertTrue(self.matches(b'a%eb', b'a' + os.sep.encode() + b'b'))

    def test_zero_is_a_nul_byte(self):
        self.assertTrue(self.matches(b'a%0b', b'a\0b'))

    def test_r_encloses_a_regular_expression(self):
        self.assertTrue(self.matches(b'value: %r(yes|no)%r!', b'value: no!'))
        self.assertFalse(self.matches(b'value: %r(yes|no)%r!', b'value: maybe!'))
        self.assertTrue(self.matches(b'%r\\d{3}%r-%s', b'123-abc'))

    def test_placeholders_work_inside_r(self):
        # run-tests.php replaces the placeholders after it has assembled the pattern, %r parts included.
        self.assertTrue(self.matches(b'%r(%d|none)%r', b'none'))
        self.assertTrue(self.matches(b'%r(%d|none)%r', b'12'))

    def test_an_unbalanced_r_is_literal(self):
        self.assertTrue(self.matches(b'100%r done', b'100%r done'))

    def test_regex_characters_outside_r_are_literal(self):
        text = b'a.b*c+d?e[f]g(h)i{j}k^l$m|n\\o/p#q:r-s=t!u<v>w'
        self.assertTrue(self.matches(text, text))
        self.assertFalse(self.matches(b'a.b', b'axb'))

    def test_a_percent_sign_that_is_no_placeholder_is_literal(self):
        self.assertTrue(self.matches(b'100% sure %q', b'100% sure %q'))
        self.assertTrue(self.matches(b'50%%d', b'50%7'))

    def test_the_table_is_run_tests_php_table(self):
        self.assertEqual(sorted(run_phpt.EXPECTF_PLACEHOLDERS),
                         sorted(b'%' + c.encode() for c in 'esSaAwidxfc0'))


class NormalisationTest(unittest.TestCase):
    def test_output_and_expectation_are_trimmed(self):
        output = run_phpt.normalise(b'\n\n  hello \t\n\0\x0b')
        self.assertTrue(run_phpt.output_matches('EXPECT', b'hello\n\n', output))

    def test_crlf_is_read_as_lf(self):
        output = run_phpt.normalise(b'a\r\nb\r\n')
        self.assertTrue(run_phpt.output_matches('EXPECT', b'a\nb', output))
        self.assertTrue(run_phpt.output_matches('EXPECT', b'a\r\nb\r\n', run_phpt.normalise(b'a\nb')))

    def test_inner_whitespace_counts(self):
        self.assertFalse(run_phpt.output_matches('EXPECT', b'a  b', b'a b'))

    def test_expectregex_is_a_raw_expression(self):
        self.assertTrue(run_phpt.output_matches('EXPECTREGEX', b'int\\(\\d+\\)', b'int(5)'))
        self.assertFalse(run_phpt.output_matches('EXPECTREGEX', b'int\\(\\d+\\)', b'int(x)'))

    def test_diff_shows_expectf_lines_that_match_as_equal(self):
        diff = run_phpt.expectation_diff('EXPECTF', b'line %d\nsame\nwanted', b'line 7\nsame\ngot')
        self.assertIn('-wanted', diff)
        self.assertIn('+got', diff)
        self.assertNotIn('+line 7', diff)


# --------------------------------------------------------------------------------------------------------------
# Running tests

class RunnerTestCase(unittest.TestCase):
    def setUp(self):
        self.directory = tempfile.mkdtemp(prefix='phpt-selftest-')
        self.config = run_phpt.Config(FAKE_PHP, timeout=10)

    def tearDown(self):
        shutil.rmtree(self.directory)

    def write(self, name, text):
        path = os.path.join(self.directory, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(textwrap.dedent(text).lstrip('\n'))
        return path

    def run_one(self, text, name='t.phpt', config=None):
        path = self.write(name, text)
        return run_phpt.run_test(path, name, config or self.config)

    def assertStatus(self, result, status):
        self.assertEqual(result.status, status, f'{result.reason}\n{result.details}')


class SectionTest(RunnerTestCase):
    def test_expect_passes_and_fails(self):
        self.assertStatus(self.run_one('''
            --TEST--
            hello
            --FILE--
            hello world
            --EXPECT--
            hello world
            '''), 'PASS')
        result = self.run_one('''
            --TEST--
            hello
            --FILE--
            hello world
            --EXPECT--
            goodbye
            ''')
        self.assertStatus(result, 'FAIL')
        self.assertIn('-goodbye', result.details)
        self.assertIn('+hello world', result.details)

    def test_the_test_name_is_read(self):
        self.assertEqual(self.run_one('''
            --TEST--
              A name  
            --FILE--
            x
            --EXPECT--
            x
            ''').name, 'A name')

    def test_expectf(self):
        self.assertStatus(self.run_one('''
            --TEST--
            expectf
            --FILE--
            Warning: something in /some/where/t.php on line 12
            --EXPECTF--
            Warning: %s in %st.php on line %d
            '''), 'PASS')

    def test_expectregex(self):
        self.assertStatus(self.run_one('''
            --TEST--
            regex
            --FILE--
            count: 42
            --EXPECTREGEX--
            count: [0-9]+
            '''), 'PASS')

    def test_an_invalid_regex_is_a_broken_test(self):
        self.assertStatus(self.run_one('''
            --TEST--
            bad regex
            --FILE--
            x
            --EXPECTREGEX--
            (unclosed
            '''), 'BORK')

    def test_stdout_and_stderr_are_read_in_order(self):
        self.assertStatus(self.run_one('''
            --TEST--
            streams
            --FILE--
            one
            #!stderr two
            three
            --EXPECT--
            one
            two
            three
            '''), 'PASS')

    def test_capture_stdio_leaves_streams_out(self):
        self.assertStatus(self.run_one('''
            --TEST--
            only stderr
            --CAPTURE_STDIO--
            STDERR
            --FILE--
            one
            #!stderr two
            --EXPECT--
            two
            '''), 'PASS')

    def test_ini_lines_become_d_options(self):
        self.assertStatus(self.run_one('''
            --TEST--
            ini
            --INI--
            precision=10
            display_errors = stderr
            not a setting
            path={PWD}/x
            --FILE--
            #!ini precision
            #!ini display_errors
            #!ini path
            --EXPECTF--
            10
            stderr
            %sphpt-selftest-%s/x
            '''), 'PASS')

    def test_every_run_has_no_ini_file(self):
        self.assertStatus(self.run_one('''
            --TEST--
            -n first
            --FILE--
            #!argv
            --EXPECTF--
            -n -f %st.php
            '''), 'PASS')

    def test_args_follow_a_double_dash(self):
        self.assertStatus(self.run_one('''
            --TEST--
            args
            --ARGS--
            one 'two words' -x
            --FILE--
            #!args
            #!argv
            --EXPECTF--
            one two words -x
            -n -f %st.php -- one two words -x
            '''), 'PASS')

    def test_stdin(self):
        self.assertStatus(self.run_one('''
            --TEST--
            stdin
            --STDIN--
            from stdin
            --FILE--
            #!stdin
            --EXPECT--
            from stdin
            '''), 'PASS')

    def test_env_adds_variables_and_knows_the_interpreter(self):
        self.assertStatus(self.run_one('''
            --TEST--
            env
            --ENV--
            GREETING=hello
            WHERE={PWD}
            --FILE--
            #!env GREETING
            #!env WHERE
            #!env TEST_PHP_EXECUTABLE
            --EXPECTF--
            hello
            %sphpt-selftest-%s
            %spython%S
            '''), 'PASS')

    def test_skipif_skip_with_reason(self):
        result = self.run_one('''
            --TEST--
            skipped
            --SKIPIF--
            skip not today
            --FILE--
            x
            --EXPECT--
            y
            ''')
        self.assertStatus(result, 'SKIP')
        self.assertEqual(result.reason, 'not today')

    def test_skipif_is_case_insensitive_and_empty_output_runs(self):
        self.assertStatus(self.run_one('''
            --TEST--
            skipped
            --SKIPIF--
            SKIP
            --FILE--
            x
            --EXPECT--
            y
            '''), 'SKIP')
        self.assertStatus(self.run_one('''
            --TEST--
            runs
            --SKIPIF--
            #!exit 0
            --FILE--
            x
            --EXPECT--
            x
            '''), 'PASS')

    def test_skipif_xfail_marks_an_expected_failure(self):
        result = self.run_one('''
            --TEST--
            xfail from skipif
            --SKIPIF--
            xfail known bug
            --FILE--
            x
            --EXPECT--
            y
            ''')
        self.assertStatus(result, 'XFAIL')
        self.assertEqual(result.reason, 'known bug')

    def test_skipif_info_is_a_note(self):
        result = self.run_one('''
            --TEST--
            info
            --SKIPIF--
            info some detail
            --FILE--
            x
            --EXPECT--
            x
            ''')
        self.assertStatus(result, 'PASS')
        self.assertIn('some detail', result.reason)

    def test_skipif_other_output_is_a_broken_test(self):
        self.assertStatus(self.run_one('''
            --TEST--
            bad skipif
            --SKIPIF--
            oops
            --FILE--
            x
            --EXPECT--
            x
            '''), 'BORK')

    def test_xfail(self):
        result = self.run_one('''
            --TEST--
            xfail
            --XFAIL--
            Not implemented yet
            --FILE--
            x
            --EXPECT--
            y
            ''')
        self.assertStatus(result, 'XFAIL')
        self.assertEqual(result.reason, 'Not implemented yet')

    def test_xfail_that_passes_is_a_pass_with_a_warning(self):
        result = self.run_one('''
            --TEST--
            xfail passes
            --XFAIL--
            reason
            --FILE--
            x
            --EXPECT--
            x
            ''')
        self.assertStatus(result, 'PASS')
        self.assertIn('XFAIL section but test passes', result.reason)

    def test_clean_runs_and_must_be_silent(self):
        self.assertStatus(self.run_one('''
            --TEST--
            clean
            --FILE--
            x
            --EXPECT--
            x
            --CLEAN--
            #!exit 0
            '''), 'PASS')
        self.assertStatus(self.run_one('''
            --TEST--
            noisy clean
            --FILE--
            x
            --EXPECT--
            x
            --CLEAN--
            noise
            '''), 'BORK')

    def test_written_files_are_removed(self):
        self.run_one('''
            --TEST--
            files
            --SKIPIF--
            #!exit 0
            --FILE--
            x
            --EXPECT--
            x
            --CLEAN--
            #!exit 0
            ''')
        self.assertEqual(sorted(os.listdir(self.directory)), ['t.phpt'])

    def test_fileeof_drops_the_final_newlines(self):
        self.assertStatus(self.run_one('''
            --TEST--
            fileeof
            --FILE--
            #!argv
            --EXPECTF--
            %s
            '''), 'PASS')
        sections = phpt.load_test(self.write('e.phpt', '--TEST--\nx\n--FILEEOF--\nabc\n\n--EXPECT--\nabc\n'))
        self.assertEqual(sections['FILE'], b'abc')

    def test_file_stops_at_done(self):
        self.assertStatus(self.run_one('''
            --TEST--
            done
            --FILE--
            kept
            ===DONE===
            dropped
            --EXPECT--
            kept
            ===DONE===
            '''), 'PASS')

    def test_external_sections(self):
        self.write('external/script.inc', 'from a file\n')
        self.write('external/expected.txt', 'from a file\n')
        self.assertStatus(self.run_one('''
            --TEST--
            external
            --FILE_EXTERNAL--
            script.inc
            --EXPECT_EXTERNAL--
            expected.txt
            ''', name='external/t.phpt'), 'PASS')

    def test_extensions_missing_loadable_or_builtin(self):
        text = '''
            --TEST--
            needs an extension
            --EXTENSIONS--
            tokenizer
            --FILE--
            #!ini extension
            --EXPECT--
            tokenizer
            '''
        missing = run_phpt.Config(FAKE_PHP, builtin_extensions=['core', 'standard'])
        result = self.run_one(text, config=missing)
        self.assertStatus(result, 'SKIP')
        self.assertEqual(result.reason, 'Required extension missing: tokenizer')
        loadable = run_phpt.Config(FAKE_PHP, builtin_extensions=['core'], loadable_extensions=['tokenizer'])
        self.assertStatus(self.run_one(text, config=loadable), 'PASS')
        builtin = run_phpt.Config(FAKE_PHP, builtin_extensions=['Core', 'Tokenizer'])
        self.assertStatus(self.run_one(text, config=builtin), 'FAIL')  # not loaded again: prints (unset)

    def test_other_sapis_and_redirects_are_skipped(self):
        for section in ('GET', 'POST', 'COOKIE'):
            result = self.run_one(f'''
                --TEST--
                cgi
                --{section}--
                a=b
                --FILE--
                x
                --EXPECT--
                x
                ''')
            self.assertStatus(result, 'SKIP')
            self.assertIn('CGI', result.reason)
        self.assertStatus(self.run_one('''
            --TEST--
            redirect
            --REDIRECTTEST--
            return [];
            '''), 'SKIP')

    def test_timeout_fails_without_hanging(self):
        config = run_phpt.Config(FAKE_PHP, timeout=1)
        started = time.monotonic()
        result = self.run_one('''
            --TEST--
            hangs
            --FILE--
            #!sleep 30
            --EXPECT--
            ''', config=config)
        self.assertStatus(result, 'FAIL')
        self.assertIn('timed out', result.reason)
        self.assertLess(time.monotonic() - started, 10)

    def test_cli_args_replace_the_command_line(self):
        self.assertStatus(self.run_one('''
            --TEST--
            cli args
            --CLI_ARGS--
            -d a=1 {FILE} 'x y'
            --FILE--
            #!argv
            --EXPECTF--
            -n -d a=1 %st.php x y
            '''), 'PASS')

    def test_exit_status(self):
        text = '''
            --TEST--
            exit
            --FILE--
            out
            #!exit 3
            --EXPECT--
            out
            --EXIT_STATUS--
            {}
            '''
        self.assertStatus(self.run_one(text.format(3)), 'PASS')
        result = self.run_one(text.format(0))
        self.assertStatus(result, 'FAIL')
        self.assertEqual(result.reason, 'exit status 3, expected 0')

    def test_divergence(self):
        text = '''
            --TEST--
            divergence
            --DIVERGENCE--
            miniphp prints b on purpose.
            --FILE--
            a
            --EXPECT--
            b
            '''
        reference = run_phpt.Config(FAKE_PHP, reference=True)
        result = self.run_one(text, config=reference)
        self.assertStatus(result, 'SKIP')
        self.assertIn('miniphp prints b on purpose.', result.reason)
        with_php = textwrap.dedent(text) + '--EXPECT_PHP--\na\n'
        self.assertStatus(self.run_one(with_php, config=reference), 'PASS')
        self.assertStatus(self.run_one(with_php), 'FAIL')


class MoreSectionsTest(RunnerTestCase):
    def test_informative_sections_are_accepted_and_ignored(self):
        self.assertStatus(self.run_one('''
            --TEST--
            informative
            --DESCRIPTION--
            What this is about.
            --CREDITS--
            Someone
            --WHITESPACE_SENSITIVE--
            --FLAKY--
            timing
            --FILE--
            x
            --EXPECT--
            x
            '''), 'PASS')

    def test_xleak_makes_a_failure_expected(self):
        result = self.run_one('''
            --TEST--
            xleak
            --XLEAK--
            leaks in the library
            --FILE--
            x
            --EXPECT--
            y
            ''')
        self.assertStatus(result, 'XFAIL')
        self.assertIn('leaks in the library', result.reason)

    def test_phpdbg_is_skipped(self):
        self.assertStatus(self.run_one('''
            --TEST--
            phpdbg
            --PHPDBG--
            r
            --FILE--
            x
            --EXPECT--
            x
            '''), 'SKIP')

    def test_expectf_and_expectregex_external(self):
        self.write('external/expected_f.txt', 'value %d\n')
        self.write('external/expected_re.txt', 'value [0-9]+\n')
        for section, file in (('EXPECTF_EXTERNAL', 'expected_f.txt'), ('EXPECTREGEX_EXTERNAL', 'expected_re.txt')):
            self.assertStatus(self.run_one(f'''
                --TEST--
                external expectation
                --FILE--
                value 12
                --{section}--
                {file}
                ''', name='external/t.phpt'), 'PASS')

    def test_missing_external_file_is_a_broken_test(self):
        self.assertStatus(self.run_one('''
            --TEST--
            external
            --FILE_EXTERNAL--
            nowhere.inc
            --EXPECT--
            x
            '''), 'BORK')

    def test_divergence_with_expectf_and_exit_status_for_php(self):
        text = '''
            --TEST--
            divergence
            --DIVERGENCE--
            miniphp exits with 0 here on purpose.
            --FILE--
            out 1
            #!exit 2
            --EXPECT--
            out 1
            --EXIT_STATUS--
            0
            --EXPECTF_PHP--
            out %d
            --EXIT_STATUS_PHP--
            2
            '''
        self.assertStatus(self.run_one(text, config=run_phpt.Config(FAKE_PHP, reference=True)), 'PASS')
        result = self.run_one(text)
        self.assertStatus(result, 'FAIL')
        self.assertEqual(result.reason, 'exit status 2, expected 0')


class BorkedTest(RunnerTestCase):
    def test_rules_of_the_format(self):
        cases = {
            'no test line': 'hello\n--FILE--\nx\n--EXPECT--\nx\n',
            'unknown section': '--TEST--\nx\n--NOPE--\n--FILE--\nx\n--EXPECT--\nx\n',
            'duplicate': '--TEST--\nx\n--FILE--\nx\n--FILE--\ny\n--EXPECT--\nx\n',
            'no file': '--TEST--\nx\n--EXPECT--\nx\n',
            'no expectation': '--TEST--\nx\n--FILE--\nx\n',
            'empty': '',
        }
        for name, text in cases.items():
            path = os.path.join(self.directory, 'b.phpt')
            with open(path, 'w') as f:
                f.write(text)
            self.assertStatus(run_phpt.run_test(path, 'b.phpt', self.config), 'BORK')

    def test_parse_sections_is_lenient(self):
        sections = phpt.parse_sections(b'--TEST--\nname\n--FILE--\n<?php\n--EXPECT--\nout\n')
        self.assertEqual(sections, {'TEST': b'name\n', 'FILE': b'<?php\n', 'EXPECT': b'out\n'})


class RunManyTest(RunnerTestCase):
    def write_suite(self):
        self.write('suite/pass.phpt', '--TEST--\np\n--FILE--\nx\n--EXPECT--\nx\n')
        self.write('suite/fail.phpt', '--TEST--\nf\n--FILE--\nx\n--EXPECT--\ny\n')
        self.write('suite/known.phpt', '--TEST--\nk\n--FILE--\nx\n--EXPECT--\ny\n')
        self.write('suite/fixed.phpt', '--TEST--\nfx\n--FILE--\nx\n--EXPECT--\nx\n')
        self.write('suite/deeper/skip.phpt', '--TEST--\ns\n--SKIPIF--\nskip\n--FILE--\nx\n--EXPECT--\nx\n')
        self.write('suite/conflicts.phpt', '--TEST--\nc\n--CONFLICTS--\nall\n--FILE--\nx\n--EXPECT--\nx\n')
        self.write('known.txt', '# a comment\nsuite/known.phpt\nsuite/fixed.phpt  # fixed since\n')

    def main(self, *arguments):
        output = io.StringIO()
        with redirect_stdout(output):
            status = run_phpt.main(['--miniphp', shlex.join(FAKE_PHP), '--base', self.directory, *arguments])
        return status, output.getvalue()

    def test_summary_known_failures_and_exit_status(self):
        self.write_suite()
        suite = os.path.join(self.directory, 'suite')
        status, output = self.main('-j', '3', suite)
        self.assertEqual(status, 1)
        self.assertEqual(output.strip().split('\n')[-1], '3 passed, 2 failed, 1 skipped')
        self.assertRegex(output, r'(?m)^FAIL suite/fail\.phpt - f')
        self.assertRegex(output, r'(?m)^SKIP suite/deeper/skip\.phpt - s')
        self.assertRegex(output, r'(?m)^PASS suite/conflicts\.phpt - c')

        known = os.path.join(self.directory, 'known.txt')
        status, output = self.main('--known-failures', known, suite)
        self.assertEqual(status, 1)  # fail.phpt is not listed
        self.assertRegex(output, r'(?m)^KNOWN suite/known\.phpt')
        self.assertRegex(output, r'(?m)^PASS suite/fixed\.phpt .*remove it from the list')
        self.assertEqual(output.strip().split('\n')[-1], '3 passed, 1 failed, 1 skipped')

        written = os.path.join(self.directory, 'written.txt')
        self.main('--write-known-failures', written, suite)
        with open(written) as f:
            self.assertEqual(f.read(), 'suite/fail.phpt\nsuite/known.phpt\n')
        status, output = self.main('--known-failures', written, suite)
        self.assertEqual(status, 0)

    def test_quiet_prints_failures_only(self):
        self.write_suite()
        status, output = self.main('--quiet', os.path.join(self.directory, 'suite'))
        lines = output.strip().split('\n')
        self.assertFalse([line for line in lines if line.startswith(('PASS', 'SKIP'))])
        self.assertTrue([line for line in lines if line.startswith('FAIL')])

    def test_single_files_and_several_paths(self):
        self.write_suite()
        status, output = self.main(os.path.join(self.directory, 'suite', 'pass.phpt'),
                                   os.path.join(self.directory, 'suite', 'deeper'))
        self.assertEqual(status, 0)
        self.assertEqual(output.strip().split('\n')[-1], '1 passed, 0 failed, 1 skipped')

    def test_ids_default_to_the_parent_of_a_directory_outside_the_current_one(self):
        self.write_suite()
        tests = run_phpt.find_tests([os.path.join(self.directory, 'suite', 'deeper')])
        self.assertEqual([test_id for _, test_id in tests], ['deeper/skip.phpt'])

    def test_parallel_runs_overlap(self):
        for index in range(4):
            self.write(f'slow/{index}.phpt', '--TEST--\nslow\n--FILE--\n#!sleep 1\nx\n--EXPECT--\nx\n')
        started = time.monotonic()
        status, _ = self.main('-j', '4', os.path.join(self.directory, 'slow'))
        self.assertEqual(status, 0)
        self.assertLess(time.monotonic() - started, 3.5)


if __name__ == '__main__':
    if sys.argv[1:2] == ['--fake-php']:
        sys.exit(fake_php_main(sys.argv[2:]))
    unittest.main()
