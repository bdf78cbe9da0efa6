--TEST--
Destructuring with by-reference elements (created when missing, keyed and skipped positions) and into variable variables and $GLOBALS
--FILE--
<?php
$arr = [1, [2, 3]];
[$x, &$y] = $arr;
$y = "changed";
var_dump($arr);
["k" => &$z] = $arr2;
var_dump($arr2, $z);
$name = "dyn";
[$$name, $GLOBALS["g"]] = ["a", "b"];
var_dump($dyn, $g);
list(, &$second) = $arr;
$second = 2;
var_dump($arr[1]);
--EXPECTF--
array(2) {
  [0]=>
  int(1)
  [1]=>
  &string(7) "changed"
}
array(1) {
  ["k"]=>
  &NULL
}
NULL
string(1) "a"
string(1) "b"
int(2)
