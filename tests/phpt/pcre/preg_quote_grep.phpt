--TEST--
preg_quote() and preg_grep()
--FILE--
<?php
// Every metacharacter, '#', NUL, and the delimiter's first byte.
var_dump(preg_quote('.\\+*?[^]$(){}=!<>|:-#/'));
var_dump(preg_quote('a/b@c', '/'), preg_quote('a/b@c', '@x'), preg_quote('a/b', ''), preg_quote('a/b', null));
var_dump(preg_quote("a\0b"), preg_quote(''), preg_quote('plain text'), preg_quote('é.'));
var_dump(preg_quote(1.5), preg_quote('a.b', '.'));
$quoted = preg_quote('1+1=2?', '#');
var_dump(preg_match("#^$quoted$#", '1+1=2?'));

// preg_grep keeps keys, and converts entries to strings to match them.
var_dump(preg_grep('/^\d+$/', ['1', 'a', 'k' => '22', 5 => 3.5, 9 => 7]));
var_dump(preg_grep('/^\d+$/', ['1', 'a', 'k' => '22', 5 => 3.5, 9 => 7], PREG_GREP_INVERT));
var_dump(preg_grep('/a/', []));
var_dump(preg_grep('/1/', [true, false, null]));
// A match error stops the walk: what was kept so far is returned.
var_dump(preg_grep('/./u', ['a', "\xff", 'b']), preg_last_error_msg());
--EXPECT--
string(43) "\.\\\+\*\?\[\^\]\$\(\)\{\}\=\!\<\>\|\:\-\#/"
string(6) "a\/b@c"
string(6) "a/b\@c"
string(3) "a/b"
string(3) "a/b"
string(6) "a\000b"
string(0) ""
string(10) "plain text"
string(4) "é\."
string(4) "1\.5"
string(4) "a\.b"
int(1)
array(3) {
  [0]=>
  string(1) "1"
  ["k"]=>
  string(2) "22"
  [9]=>
  int(7)
}
array(2) {
  [1]=>
  string(1) "a"
  [5]=>
  float(3.5)
}
array(0) {
}
array(1) {
  [0]=>
  bool(true)
}
array(1) {
  [0]=>
  string(1) "a"
}
string(56) "Malformed UTF-8 characters, possibly incorrectly encoded"
