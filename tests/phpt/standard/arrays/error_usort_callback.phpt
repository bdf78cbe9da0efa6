--TEST--
usort(): an unknown function as callback
--FILE--
<?php
$a = [1];
usort($a, "nope");
--EXPECTF--
Fatal error: Uncaught TypeError: usort(): Argument #2 ($callback) must be a valid callback, function "nope" not found or invalid function name in %s:3
Stack trace:
#0 %A{main}
  thrown in %s on line 3
