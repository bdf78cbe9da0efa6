--TEST--
array_filter(): an unknown function as callback
--FILE--
<?php
array_filter([1], "nope");
--EXPECTF--
Fatal error: Uncaught TypeError: array_filter(): Argument #2 ($callback) must be a valid callback or null, function "nope" not found or invalid function name in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
