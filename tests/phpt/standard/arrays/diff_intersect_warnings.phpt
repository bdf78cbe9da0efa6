--TEST--
array_diff, array_intersect: string conversions of arrays warn as often as in PHP
--FILE--
<?php
var_dump(array_diff([1, [2]], [[3], 1]));
var_dump(array_intersect([1, [2], "Array"], [[3], 1]));
var_dump(array_diff([[1]], [2]));
var_dump(array_key_exists(1.5, [1 => 1]));
var_dump(array_unique([[1], [1], 2]));
var_dump(array_diff_assoc([[1]], [[1]]));
var_dump(in_array("a", [[1]]));
$a = [[1], "x"]; sort($a, SORT_STRING); var_dump($a);
--EXPECTF--
Warning: Array to string conversion in %s on line 2

Warning: Array to string conversion in %s on line 2
array(0) {
}

Warning: Array to string conversion in %s on line 3

Warning: Array to string conversion in %s on line 3

Warning: Array to string conversion in %s on line 3

Warning: Array to string conversion in %s on line 3

Warning: Array to string conversion in %s on line 3

Warning: Array to string conversion in %s on line 3

Warning: Array to string conversion in %s on line 3
array(3) {
  [0]=>
  int(1)
  [1]=>
  array(1) {
    [0]=>
    int(2)
  }
  [2]=>
  string(5) "Array"
}

Warning: Array to string conversion in %s on line 4
array(1) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
}

Deprecated: Implicit conversion from float 1.5 to int loses precision in %s on line 5
bool(true)

Warning: Array to string conversion in %s on line 6

Warning: Array to string conversion in %s on line 6
array(2) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
  [2]=>
  int(2)
}

Warning: Array to string conversion in %s on line 7

Warning: Array to string conversion in %s on line 7
array(0) {
}
bool(false)

Warning: Array to string conversion in %s on line 9
array(2) {
  [0]=>
  array(1) {
    [0]=>
    int(1)
  }
  [1]=>
  string(1) "x"
}
