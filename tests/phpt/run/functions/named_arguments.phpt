--TEST--
Named arguments: order, defaults (also run-time ones), by reference, internal functions, skipped required parameter
--FILE--
<?php
function f($a, $b = 2, $c = 3) { var_dump(func_get_args()); return "$a $b $c"; }
echo f(1, c: 5), "\n";
echo f(c: 7, a: 0), "\n";
echo f(b: "B", a: "A"), "\n";
function byref(&$out, $v = 1) { $out = $v; }
byref(v: 9, out: $target);
var_dump($target);
define("D", 4);
function dflt($x, $y = D * 2) { return $x + $y; }
echo dflt(y: 1, x: 1), dflt(x: 1), "\n";
echo intval(value: "12", base: 10), " ", implode(separator: "-", array: [1, 2]), "\n";
echo str_repeat(times: 3, string: "ab"), "\n";
function g(...$all) { return count($all); }
echo g(...[1, 2, 3]), "\n";
f(b: 1);
--EXPECTF--
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(5)
}
1 2 5
array(3) {
  [0]=>
  int(0)
  [1]=>
  int(2)
  [2]=>
  int(7)
}
0 2 7
array(2) {
  [0]=>
  string(1) "A"
  [1]=>
  string(1) "B"
}
A B 3
int(9)
29
12 1-2
ababab
3

Fatal error: Uncaught ArgumentCountError: f(): Argument #1 ($a) not passed in %s:2
Stack trace:
%A
  thrown in %s on line 2
--EXIT_STATUS--
255
