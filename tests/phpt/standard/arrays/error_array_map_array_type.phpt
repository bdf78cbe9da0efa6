--TEST--
array_map(): the arrays must be arrays
--FILE--
<?php
array_map(null, [1], 2);
--EXPECTF--
Fatal error: Uncaught TypeError: array_map(): Argument #3 must be of type array, int given in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
