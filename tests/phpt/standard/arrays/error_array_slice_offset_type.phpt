--TEST--
array_slice(): a non-numeric offset
--FILE--
<?php
array_slice([], "x");
--EXPECTF--
Fatal error: Uncaught TypeError: array_slice(): Argument #2 ($offset) must be of type int, string given in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
