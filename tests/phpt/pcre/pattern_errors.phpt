--TEST--
Malformed patterns: delimiters, modifiers and compilation failures warn and return false
--FILE--
<?php
var_dump(preg_match('', 'x'));
var_dump(preg_match("  \n\t", 'x'));
var_dump(preg_match('abc', 'x'));
var_dump(preg_match('1abc1', 'x'));
var_dump(preg_match('\\abc\\', 'x'));
var_dump(preg_match("\0abc\0", 'x'));
var_dump(preg_match('/abc', 'x'));
var_dump(preg_match('/abc\/', 'x'));
var_dump(preg_match('(abc', 'x'));
var_dump(preg_match('{a{b}', 'x'));
var_dump(preg_match('[abc)', 'x'));
var_dump(preg_match('<abc', 'x'));
var_dump(preg_match('/abc/q', 'x'));
var_dump(preg_match('/abc/iZ', 'x'));
var_dump(preg_match("/abc/i\0", 'x'));
var_dump(preg_match('/abc/e', 'x'));
var_dump(preg_match('/abc/eq', 'x'));
var_dump(preg_match('/(abc/', 'x'));
var_dump(preg_match('/abc)/', 'x'));
var_dump(preg_match('/[a-/', 'x'));
var_dump(preg_match('/a{2,1}/', 'x'));
var_dump(preg_match('/(?<1a>x)/', 'x'));
var_dump(preg_match('/\\/', 'x'));
var_dump(preg_match("/\xff/u", 'x'));
var_dump(preg_last_error(), preg_last_error() === PREG_INTERNAL_ERROR, preg_last_error_msg());

// A failed pattern is not cached: each use warns again. A good one resets the last error.
var_dump(preg_match('/(/', 'x'), preg_match('/(/', 'x'));
var_dump(preg_match('/x/', 'x'), preg_last_error(), preg_last_error_msg());

// Every preg_* function reports with its own name.
var_dump(preg_match_all('/a', 'x'));
var_dump(preg_replace('/a', 'b', 'x'));
var_dump(preg_split('/a', 'x'));
var_dump(preg_grep('/a', ['x']));
var_dump(preg_replace(['/a/', 'b', '/c/'], 'z', 'abc'));
var_dump(preg_replace('/a', 'b', ['k' => 'x', 'y']));
--EXPECTF--

Warning: preg_match(): Empty regular expression in %s on line 2
bool(false)

Warning: preg_match(): Empty regular expression in %s on line 3
bool(false)

Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s on line 4
bool(false)

Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s on line 5
bool(false)

Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s on line 6
bool(false)

Warning: preg_match(): Delimiter must not be alphanumeric, backslash, or NUL in %s on line 7
bool(false)

Warning: preg_match(): No ending delimiter '/' found in %s on line 8
bool(false)

Warning: preg_match(): No ending delimiter '/' found in %s on line 9
bool(false)

Warning: preg_match(): No ending matching delimiter ')' found in %s on line 10
bool(false)

Warning: preg_match(): No ending matching delimiter '}' found in %s on line 11
bool(false)

Warning: preg_match(): No ending matching delimiter ']' found in %s on line 12
bool(false)

Warning: preg_match(): No ending matching delimiter '>' found in %s on line 13
bool(false)

Warning: preg_match(): Unknown modifier 'q' in %s on line 14
bool(false)

Warning: preg_match(): Unknown modifier 'Z' in %s on line 15
bool(false)

Warning: preg_match(): NUL is not a valid modifier in %s on line 16
bool(false)

Warning: preg_match(): The /e modifier is no longer supported, use preg_replace_callback instead in %s on line 17
bool(false)

Warning: preg_match(): Unknown modifier 'q' in %s on line 18
bool(false)

Warning: preg_match(): Compilation failed: missing closing parenthesis at offset 4 in %s on line 19
bool(false)

Warning: preg_match(): Compilation failed: unmatched closing parenthesis at offset 3 in %s on line 20
bool(false)

Warning: preg_match(): Compilation failed: missing terminating ] for character class at offset 3 in %s on line 21
bool(false)

Warning: preg_match(): Compilation failed: numbers out of order in {} quantifier at offset 5 in %s on line 22
bool(false)

Warning: preg_match(): Compilation failed: subpattern name must start with a non-digit at offset 3 in %s on line 23
bool(false)

Warning: preg_match(): No ending delimiter '/' found in %s on line 24
bool(false)

Warning: preg_match(): Compilation failed: UTF-8 error: illegal byte (0xfe or 0xff) at offset 0 in %s on line 25
bool(false)
int(1)
bool(true)
string(14) "Internal error"

Warning: preg_match(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 29

Warning: preg_match(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 29
bool(false)
bool(false)
int(1)
int(0)
string(8) "No error"

Warning: preg_match_all(): No ending delimiter '/' found in %s on line 33
bool(false)

Warning: preg_replace(): No ending delimiter '/' found in %s on line 34
NULL

Warning: preg_split(): No ending delimiter '/' found in %s on line 35
bool(false)

Warning: preg_grep(): No ending delimiter '/' found in %s on line 36
bool(false)

Warning: preg_replace(): Delimiter must not be alphanumeric, backslash, or NUL in %s on line 37
NULL

Warning: preg_replace(): No ending delimiter '/' found in %s on line 38

Warning: preg_replace(): No ending delimiter '/' found in %s on line 38
array(0) {
}
