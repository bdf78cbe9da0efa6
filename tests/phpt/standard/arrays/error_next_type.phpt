--TEST--
next(): a by-reference argument that is not an array
--FILE--
<?php
$n = 5;
next($n);
--EXPECTF--
Fatal error: Uncaught TypeError: next(): Argument #1 ($array) must be of type array, int given in %s:3
Stack trace:
#0 %A{main}
  thrown in %s on line 3
