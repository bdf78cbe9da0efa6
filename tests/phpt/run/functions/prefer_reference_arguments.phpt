--TEST--
Prefer-reference parameters: array_multisort sorts variables in place and takes literal flags by value
--FILE--
<?php
$data = [3, 1, 2];
$other = ["c", "a", "b"];
array_multisort($data, SORT_DESC, $other);
var_dump($data, $other);
$x = [5, 4];
var_dump(array_multisort($x), $x);
--EXPECTF--
array(3) {
  [0]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
array(3) {
  [0]=>
  string(1) "c"
  [1]=>
  string(1) "b"
  [2]=>
  string(1) "a"
}
bool(true)
array(2) {
  [0]=>
  int(4)
  [1]=>
  int(5)
}
