--TEST--
sscanf: conversions, widths, character classes, argument numbers, by-reference variables
--FILE--
<?php
var_dump(sscanf("age: 25 name: Bob", "age: %d name: %s"));
var_dump(sscanf("12 apples", "%d %s %s"), sscanf("", "%d"), sscanf("abc", "%d"), sscanf("0x1A 077 -12 +5", "%i %i %d %d"));
var_dump(sscanf("2024-01-15", "%4d-%2d-%2d"), sscanf("ff 0x10 17", "%x %x %o"), sscanf("-1", "%u"), sscanf("18446744073709551615", "%u"));
var_dump(sscanf("3.14 -2.5e3 1e 5.", "%f %f %f %f"), sscanf("abc123def", "%[a-z]%d%s"), sscanf("hello world", "%c%c%3c%*s%n"));
var_dump(sscanf("a-b]c", "%[]a-]%s"), sscanf("xyz", "%[^y]"), sscanf("id=42;", "id=%d;%n"), sscanf("  42", "%d"), sscanf("42", "%2\$s %1\$s"));
var_dump(sscanf("x 1 y 2", "%s %d %s %d"), sscanf("12345", "%2d%3d"), sscanf("9999999999999999999999", "%d"), sscanf("%5", "%%%d"));
$n = sscanf("10 20", "%d %d", $a, $b);
var_dump($n, $a, $b);
$n = sscanf("10", "%d %d", $a, $b);
var_dump($n, $a, $b);
$n = sscanf("", "%d", $a);
var_dump($n);
var_dump(sscanf("a b", "%2\$s %1\$s"), sscanf("abc", "%s%n"), sscanf("A", "%c"), sscanf("\xe9\xff", "%[\x80-\xff]"), sscanf("abc", "%[z-a]"));
--EXPECT--
array(2) {
  [0]=>
  int(25)
  [1]=>
  string(3) "Bob"
}
array(3) {
  [0]=>
  int(12)
  [1]=>
  string(6) "apples"
  [2]=>
  NULL
}
NULL
array(1) {
  [0]=>
  NULL
}
array(4) {
  [0]=>
  int(26)
  [1]=>
  int(63)
  [2]=>
  int(-12)
  [3]=>
  int(5)
}
array(3) {
  [0]=>
  int(2024)
  [1]=>
  int(1)
  [2]=>
  int(15)
}
array(3) {
  [0]=>
  int(255)
  [1]=>
  int(16)
  [2]=>
  int(15)
}
array(1) {
  [0]=>
  string(20) "18446744073709551615"
}
array(1) {
  [0]=>
  string(20) "18446744073709551615"
}
array(4) {
  [0]=>
  float(3.14)
  [1]=>
  float(-2500)
  [2]=>
  float(1)
  [3]=>
  NULL
}
array(3) {
  [0]=>
  string(3) "abc"
  [1]=>
  int(123)
  [2]=>
  string(3) "def"
}
array(4) {
  [0]=>
  string(1) "h"
  [1]=>
  string(1) "e"
  [2]=>
  string(3) "llo"
  [3]=>
  int(11)
}
array(2) {
  [0]=>
  string(2) "a-"
  [1]=>
  string(3) "b]c"
}
array(1) {
  [0]=>
  string(1) "x"
}
array(2) {
  [0]=>
  int(42)
  [1]=>
  int(6)
}
array(1) {
  [0]=>
  int(42)
}
array(2) {
  [0]=>
  NULL
  [1]=>
  string(2) "42"
}
array(4) {
  [0]=>
  string(1) "x"
  [1]=>
  int(1)
  [2]=>
  string(1) "y"
  [3]=>
  int(2)
}
array(2) {
  [0]=>
  int(12)
  [1]=>
  int(345)
}
array(1) {
  [0]=>
  int(9223372036854775807)
}
array(1) {
  [0]=>
  int(5)
}
int(2)
int(10)
int(20)
int(1)
int(10)
int(20)
int(-1)
array(2) {
  [0]=>
  string(1) "b"
  [1]=>
  string(1) "a"
}
array(2) {
  [0]=>
  string(3) "abc"
  [1]=>
  int(3)
}
array(1) {
  [0]=>
  string(1) "A"
}
array(1) {
  [0]=>
  string(2) "éÿ"
}
array(1) {
  [0]=>
  string(3) "abc"
}
