--TEST--
array_sum, array_product, array_count_values
--FILE--
<?php
var_dump(array_sum([1, 2, 3.5]), array_sum([]), array_sum([1, 2]), array_sum(["3", "4.5", "x", null, true, [5]]));
var_dump(array_sum([PHP_INT_MAX, 1]), array_sum(["1e2", " 7", "0x1A"]));
var_dump(array_product([]), array_product([2, "3", 4.0]), array_product([2, 3]), array_product([PHP_INT_MAX, 2]));
var_dump(array_product([[2], 3]), array_product(["a"]), array_product([null]), array_product([true, false]));
var_dump(array_count_values([1, "1", "a", "A", "a", 1.5, true, null, "01", -3, "-3"]));
var_dump(array_count_values([]));
// PHP keeps an int product while the double-precision check passes, which lets 2^63 wrap around.
var_dump(array_product([4611686018427387904, 2]), array_product([-4611686018427387904, 2]), array_product([3037000500, 3037000500]));
--EXPECTF--
float(6.5)
int(0)
int(3)
float(8.5)
float(9.223372036854776E+18)
float(107)
int(1)
float(24)
int(6)
float(1.8446744073709552E+19)
int(3)
int(0)
int(0)
int(0)

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 6

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 6

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 6
array(5) {
  [1]=>
  int(2)
  ["a"]=>
  int(2)
  ["A"]=>
  int(1)
  ["01"]=>
  int(1)
  [-3]=>
  int(2)
}
array(0) {
}
int(-9223372036854775808)
int(-9223372036854775808)
float(9.22337203700025E+18)
