--TEST--
array_walk(): an unknown function as callback
--FILE--
<?php
$a = [1];
array_walk($a, "nope");
--EXPECTF--
Fatal error: Uncaught TypeError: array_walk(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name in %s:3
Stack trace:
#0 %A{main}
  thrown in %s on line 3
