--TEST--
array_merge(): a variadic argument that is not an array has no name
--FILE--
<?php
array_merge([], 1);
--EXPECTF--
Fatal error: Uncaught TypeError: array_merge(): Argument #2 must be of type array, int given in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
