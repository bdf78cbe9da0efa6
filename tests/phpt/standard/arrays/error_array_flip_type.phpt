--TEST--
array_flip(): the argument must be an array
--FILE--
<?php
array_flip("x");
--EXPECTF--
Fatal error: Uncaught TypeError: array_flip(): Argument #1 ($array) must be of type array, string given in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
