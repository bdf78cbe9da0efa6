--TEST--
array_count_values() and array_flip() skip what cannot be a key
--FILE--
<?php
var_dump(array_count_values([1, 1.5, true, null, [1], "a"]));
var_dump(array_flip([1.5, true, null, [1], "a"]));
--EXPECTF--
Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 2

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 2

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 2

Warning: array_count_values(): Can only count string and integer values, entry skipped in %s on line 2
array(2) {
  [1]=>
  int(1)
  ["a"]=>
  int(1)
}

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 3

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 3

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 3

Warning: array_flip(): Can only flip string and integer values, entry skipped in %s on line 3
array(1) {
  ["a"]=>
  int(4)
}
