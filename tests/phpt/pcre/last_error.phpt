--TEST--
preg_last_error() and preg_last_error_msg() after match errors
--FILE--
<?php
var_dump(preg_last_error(), preg_last_error_msg());
var_dump(PREG_NO_ERROR, PREG_INTERNAL_ERROR, PREG_BACKTRACK_LIMIT_ERROR, PREG_RECURSION_LIMIT_ERROR,
         PREG_BAD_UTF8_ERROR, PREG_BAD_UTF8_OFFSET_ERROR, PREG_JIT_STACKLIMIT_ERROR);
var_dump(PREG_PATTERN_ORDER, PREG_SET_ORDER, PREG_OFFSET_CAPTURE, PREG_UNMATCHED_AS_NULL, PREG_SPLIT_NO_EMPTY,
         PREG_SPLIT_DELIM_CAPTURE, PREG_SPLIT_OFFSET_CAPTURE, PREG_GREP_INVERT);
var_dump(is_string(PCRE_VERSION), PCRE_VERSION_MAJOR >= 10, is_int(PCRE_VERSION_MINOR), is_bool(PCRE_JIT_SUPPORT));

// Backtracking without end, with JIT and without.
var_dump(preg_match('/(?:\D+|<\d+>)*[!?]/', 'foobar foobar foobar'), preg_last_error(), preg_last_error_msg());
var_dump(preg_match_all('/(?:\D+|<\d+>)*[!?]/', 'foobar foobar foobar'), preg_last_error(), preg_last_error_msg());
// JIT code runs out of its stack.
var_dump(preg_match('/^(a|b)*$/', str_repeat('ab', 100000) . 'c'), preg_last_error(), preg_last_error_msg());

// Malformed UTF-8 in the subject, and an offset inside a character.
var_dump(preg_match('/./u', "a\xe9"), preg_last_error(), preg_last_error_msg());
var_dump(preg_match('/./u', "\xc3\xa9", $m, 0, 1), preg_last_error(), preg_last_error_msg());
var_dump(preg_match_all('/./u', "\xc3\xa9x", $m, 0, 1), preg_last_error(), preg_last_error_msg(), $m);
// The same subjects are fine without /u.
var_dump(preg_match('/./', "a\xe9"), preg_last_error(), preg_last_error_msg());

// Each call starts with no error.
var_dump(preg_match('/a/', 'a'), preg_last_error(), preg_last_error_msg());
var_dump(preg_split('/,/u', "a,\xff"), preg_last_error());
var_dump(preg_quote('x'), preg_last_error());
--EXPECT--
int(0)
string(8) "No error"
int(0)
int(1)
int(2)
int(3)
int(4)
int(5)
int(6)
int(1)
int(2)
int(256)
int(512)
int(1)
int(2)
int(4)
int(1)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
int(2)
string(25) "Backtrack limit exhausted"
bool(false)
int(2)
string(25) "Backtrack limit exhausted"
bool(false)
int(6)
string(25) "JIT stack limit exhausted"
bool(false)
int(4)
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
bool(false)
int(5)
string(74) "The offset did not correspond to the beginning of a valid UTF-8 code point"
bool(false)
int(5)
string(74) "The offset did not correspond to the beginning of a valid UTF-8 code point"
array(1) {
  [0]=>
  array(0) {
  }
}
int(1)
int(0)
string(8) "No error"
int(1)
int(0)
string(8) "No error"
bool(false)
int(4)
string(1) "x"
int(4)
