--TEST--
array_keys, array_values, array_key_first/last, array_key_exists, in_array, array_search, array_is_list
--FILE--
<?php
$a = ["x" => 1, "y" => "1", 5 => 1.0, "z" => null, 7 => true, "w" => [1]];
var_dump(array_keys($a));
var_dump(array_keys($a, 1));
var_dump(array_keys($a, 1, true));
var_dump(array_keys($a, "1", true));
var_dump(array_keys($a, null));
var_dump(array_keys([]), array_keys([], 1));
var_dump(array_values($a));
var_dump(array_values([]));
$list = [1, 2, 3];
unset($list[1]);
var_dump(array_values($list));
// array_values of a list hands back the same array, internal pointer included.
$list = [1, 2, 3];
next($list);
var_dump(current(array_values($list)));
var_dump(array_key_first($a), array_key_last($a), array_key_first([]), array_key_last([]));
$holes = [1, 2, 3, 4];
unset($holes[0], $holes[3]);
var_dump(array_key_first($holes), array_key_last($holes));
var_dump(array_key_exists("x", $a), array_key_exists("z", $a), array_key_exists(5, $a), array_key_exists("5", $a));
var_dump(array_key_exists(null, ["" => 1]), array_key_exists(false, [0 => 1]), array_key_exists(true, [1 => 1]));
var_dump(key_exists("q", $a), array_key_exists(5.0, $a), array_key_exists("05", [5 => 1]));
var_dump(in_array("1", $a), in_array("1", $a, true), in_array(2, $a), in_array("abc", [0]), in_array(null, [0]), in_array(null, [0], true));
var_dump(in_array("1e1", ["10"]), in_array([1], $a), in_array([1], $a, true), in_array("x", []));
var_dump(array_search(1, $a), array_search("1", $a, true), array_search(99, $a), array_search(1.0, $a, true), array_search(true, $a, true));
var_dump(array_is_list([]), array_is_list([1, 2]), array_is_list([1 => 1]), array_is_list([1 => 1, 0 => 0]), array_is_list($holes), array_is_list(["a" => 1]));
// Elements that are references are looked through.
$r = [10, 20, 30];
foreach ($r as &$v) {}
unset($v);
var_dump(in_array(20, $r, true), array_search(30, $r, true), array_keys($r, 10));
--EXPECT--
array(6) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
  [2]=>
  int(5)
  [3]=>
  string(1) "z"
  [4]=>
  int(7)
  [5]=>
  string(1) "w"
}
array(4) {
  [0]=>
  string(1) "x"
  [1]=>
  string(1) "y"
  [2]=>
  int(5)
  [3]=>
  int(7)
}
array(1) {
  [0]=>
  string(1) "x"
}
array(1) {
  [0]=>
  string(1) "y"
}
array(1) {
  [0]=>
  string(1) "z"
}
array(0) {
}
array(0) {
}
array(6) {
  [0]=>
  int(1)
  [1]=>
  string(1) "1"
  [2]=>
  float(1)
  [3]=>
  NULL
  [4]=>
  bool(true)
  [5]=>
  array(1) {
    [0]=>
    int(1)
  }
}
array(0) {
}
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(3)
}
int(2)
string(1) "x"
string(1) "w"
NULL
NULL
int(1)
int(2)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
bool(true)
bool(false)
bool(true)
bool(true)
bool(true)
bool(false)
string(1) "x"
string(1) "y"
int(7)
int(5)
int(7)
bool(true)
bool(true)
bool(false)
bool(false)
bool(false)
bool(false)
bool(true)
int(2)
array(1) {
  [0]=>
  int(0)
}
