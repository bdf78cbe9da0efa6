--TEST--
array_diff(): a variadic argument that is not an array
--FILE--
<?php
array_diff([], "x");
--EXPECTF--
Fatal error: Uncaught TypeError: array_diff(): Argument #2 must be of type array, string given in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
