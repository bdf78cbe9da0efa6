--TEST--
array_intersect(): the arguments must be arrays
--FILE--
<?php
var_dump(array_intersect([1], [1]));
array_intersect([1], 5);
--EXPECTF--
array(1) {
  [0]=>
  int(1)
}

Fatal error: Uncaught TypeError: array_intersect(): Argument #2 must be of type array, int given in %s:3
Stack trace:
#0 %A{main}
  thrown in %s on line 3
