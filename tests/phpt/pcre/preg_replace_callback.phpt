--TEST--
preg_replace_callback() and preg_replace_callback_array(): the groups array, limits, counts, flags, nesting
--FILE--
<?php
function swap($m) { return $m[2] . $m[1]; }
function show_groups($m) { var_dump($m); return '#'; }
function nested($m) { return preg_replace_callback('/./', 'bracket', $m[0]); }
function bracket($m) { return '[' . $m[0] . ']'; }
function number($m) { return 42; }
function nothing($m) { }
function twice($m) { return $m[0] . $m[0]; }

var_dump(preg_replace_callback('/(\w)(\w*)/', 'swap', 'hello big world'));
var_dump(preg_replace_callback('/(a)(x)?/', 'show_groups', 'ab'));
var_dump(preg_replace_callback('/(?<l>a)(?<x>x)?/', 'show_groups', 'ab', -1, $count, PREG_UNMATCHED_AS_NULL | PREG_OFFSET_CAPTURE), $count);
var_dump(preg_replace_callback('/(*MARK:m)b/', 'show_groups', 'ab'));

// Limit, count, return values that are not strings.
var_dump(preg_replace_callback('/\d/', 'number', 'a1b2c3', 2, $count), $count);
var_dump(preg_replace_callback('/\d/', 'nothing', 'a1b2c3'));
var_dump(preg_replace_callback('/x*/', 'twice', 'ab'));

// Arrays of patterns and subjects.
var_dump(preg_replace_callback(['/a/', '/b/'], 'twice', ['k' => 'ab', 'ba'], -1, $count), $count);

// The callback may use preg_* functions itself.
var_dump(preg_replace_callback('/\w+/', 'nested', 'ab cd'));

// preg_replace_callback_array: each pattern with its own callback, in order.
var_dump(preg_replace_callback_array(['/a/' => 'twice', '/b/' => 'bracket'], 'abc', -1, $count), $count);
var_dump(preg_replace_callback_array(['/\d/' => 'number'], ['x1', 'y'], 1, $count), $count);
var_dump(preg_replace_callback_array(['/a/' => 'twice', '/(/' => 'twice'], 'abc'));
--EXPECTF--
string(15) "elloh igb orldw"
array(2) {
  [0]=>
  string(1) "a"
  [1]=>
  string(1) "a"
}
string(2) "#b"
array(5) {
  [0]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(0)
  }
  ["l"]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(0)
  }
  [1]=>
  array(2) {
    [0]=>
    string(1) "a"
    [1]=>
    int(0)
  }
  ["x"]=>
  array(2) {
    [0]=>
    NULL
    [1]=>
    int(-1)
  }
  [2]=>
  array(2) {
    [0]=>
    NULL
    [1]=>
    int(-1)
  }
}
string(2) "#b"
int(1)
array(2) {
  [0]=>
  string(1) "b"
  ["MARK"]=>
  string(1) "m"
}
string(2) "a#"
string(8) "a42b42c3"
int(2)
string(3) "abc"
string(2) "ab"
array(2) {
  ["k"]=>
  string(4) "aabb"
  [0]=>
  string(4) "bbaa"
}
int(4)
string(13) "[a][b] [c][d]"
string(6) "aa[b]c"
int(2)
array(2) {
  [0]=>
  string(3) "x42"
  [1]=>
  string(1) "y"
}
int(1)

Warning: preg_replace_callback_array(): Compilation failed: missing closing parenthesis at offset 1 in %s on line 29
NULL
