--TEST--
static variables with initialisers that need run-time constants, several per statement, at the top level
--FILE--
<?php
define("A", "1");
function f() {
    static $a = array(A => 1);
    static $b = 5, $c = [], $d;
    static $n = A + 1;
    $n++; $b++;
    $c[] = $n;
    var_dump($a, $b, $c, $d, $n);
}
f(); f();
static $top = [7, 8];
var_dump($top);
function g() { static $x = PHP_INT_MAX; return $x; }
var_dump(g());
--EXPECTF--
array(1) {
  [1]=>
  int(1)
}
int(6)
array(1) {
  [0]=>
  int(3)
}
NULL
int(3)
array(1) {
  [1]=>
  int(1)
}
int(7)
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(4)
}
NULL
int(4)
array(2) {
  [0]=>
  int(7)
  [1]=>
  int(8)
}
int(9223372036854775807)
