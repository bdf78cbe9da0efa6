--TEST--
array_reduce(): null is not a callback
--FILE--
<?php
array_reduce([1], null);
--EXPECTF--
Fatal error: Uncaught TypeError: array_reduce(): Argument #2 ($callback) must be a valid callback, no array or string given in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
