--TEST--
Variadic parameters, argument unpacking (calls and array literals), by-reference variadics and unpacking
--FILE--
<?php
function f($a, ...$rest) { var_dump(func_num_args(), $rest); return $a; }
f(1);
f(1, 2, 3);
$args = [10, 20, 30];
f(...$args);
f(0, ...$args, ...[40]);
function refs(&...$values) { foreach ($values as &$v) $v *= 2; }
$x = 1; $y = 2;
refs($x, $y);
echo "$x $y\n";
function set_first(&$a, $b) { $a = "set"; }
$pair = ["old", "b"];
set_first(...$pair);
var_dump($pair);
echo max(...[3, 9, 4]), " ", implode(",", [...[1, 2]]), "\n";
function typed(int ...$numbers) { return count($numbers); }
echo typed(), typed(1, 2), "\n";
f(...5);
--EXPECTF--
int(1)
array(0) {
}
int(3)
array(2) {
  [0]=>
  int(2)
  [1]=>
  int(3)
}
int(3)
array(2) {
  [0]=>
  int(20)
  [1]=>
  int(30)
}
int(5)
array(4) {
  [0]=>
  int(10)
  [1]=>
  int(20)
  [2]=>
  int(30)
  [3]=>
  int(40)
}
2 4
array(2) {
  [0]=>
  string(3) "set"
  [1]=>
  string(1) "b"
}
9 1,2
02

Fatal error: Uncaught TypeError: Only arrays and Traversables can be unpacked in %s:19
Stack trace:
#0 {main}
  thrown in %s on line 19
--EXIT_STATUS--
255
