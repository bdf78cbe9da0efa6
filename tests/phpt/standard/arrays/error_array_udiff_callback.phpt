--TEST--
array_udiff(): the last argument must be a callback
--FILE--
<?php
array_udiff([1], [2], "nope");
--EXPECTF--
Fatal error: Uncaught TypeError: array_udiff(): Argument #3 must be a valid callback, function "nope" not found or invalid function name in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
