--TEST--
array_uintersect(): the arguments before the callback must be arrays
--FILE--
<?php
function c($a, $b) { return 0; }
array_uintersect([1], 5, "c");
--EXPECTF--
Fatal error: Uncaught TypeError: array_uintersect(): Argument #2 must be of type array, int given in %s:3
Stack trace:
#0 %A{main}
  thrown in %s on line 3
