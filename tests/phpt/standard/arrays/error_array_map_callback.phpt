--TEST--
array_map(): an unknown function as callback
--FILE--
<?php
array_map("nope", [1]);
--EXPECTF--
Fatal error: Uncaught TypeError: array_map(): Argument #1 ($callback) must be a valid callback or null, function "nope" not found or invalid function name in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
