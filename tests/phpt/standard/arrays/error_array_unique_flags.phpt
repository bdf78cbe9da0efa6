--TEST--
array_unique(): flags must be an int
--FILE--
<?php
array_unique([1], []);
--EXPECTF--
Fatal error: Uncaught TypeError: array_unique(): Argument #2 ($flags) must be of type int, array given in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
