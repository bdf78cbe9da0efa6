--TEST--
array_combine, array_flip, array_reverse
--FILE--
<?php
var_dump(array_combine(["a", "b", 3, "4"], [1, 2, 3, 4]));
var_dump(array_combine([], []));
var_dump(array_combine([1.5, true, null, "a", "a"], ["x", "y", "z", "first", "second"]));
var_dump(array_flip(["a", "b", 1 => "c", "x" => 5, "z" => "a", "n" => "10", "m" => "010"]));
var_dump(array_flip([1.5, true, null, [1], "ok"]));
var_dump(array_flip([]));
var_dump(array_reverse([1, 2, "k" => 3, 10 => 4]));
var_dump(array_reverse([1, 2, "k" => 3, 10 => 4], true));
var_dump(array_reverse([]));
$holes = [1, 2, 3];
unset($holes[1]);
var_dump(array_reverse($holes), array_reverse($holes, true));
// The argument is not changed.
$orig = [1, 2, 3];
$rev = array_reverse($orig);
$rev[] = 4;
var_dump($orig);
--EXPECTF--
array(4) {
  ["a"]=>
  int(1)
  ["b"]=>
  int(2)
  [3]=>
  int(3)
  [4]=>
  int(4)
}
array(0) {
}
array(4) {
  ["1.5"]=>
  string(1) "x"
  [1]=>
  string(1) "y"
  [""]=>
  string(1) "z"
  ["a"]=>
  string(6) "second"
}
array(5) {
  ["a"]=>
  string(1) "z"
  ["c"]=>
  int(1)
  [5]=>
  string(1) "x"
  [10]=>
  string(1) "n"
  ["010"]=>
  string(1) "m"
}

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 6

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 6

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 6

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 6
array(1) {
  ["ok"]=>
  int(4)
}
array(0) {
}
array(4) {
  [0]=>
  int(4)
  ["k"]=>
  int(3)
  [1]=>
  int(2)
  [2]=>
  int(1)
}
array(4) {
  [10]=>
  int(4)
  ["k"]=>
  int(3)
  [1]=>
  int(2)
  [0]=>
  int(1)
}
array(0) {
}
array(2) {
  [0]=>
  int(3)
  [1]=>
  int(1)
}
array(2) {
  [2]=>
  int(3)
  [0]=>
  int(1)
}
array(3) {
  [0]=>
  int(1)
  [1]=>
  int(2)
  [2]=>
  int(3)
}
