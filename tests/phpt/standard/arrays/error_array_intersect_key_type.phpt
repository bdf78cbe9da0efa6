--TEST--
array_intersect_key(): the first argument must be an array
--FILE--
<?php
array_intersect_key(null, []);
--EXPECTF--
Fatal error: Uncaught TypeError: array_intersect_key(): Argument #1 ($array) must be of type array, null given in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
