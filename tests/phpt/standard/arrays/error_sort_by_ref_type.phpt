--TEST--
sort(): a by-reference argument that is not an array
--FILE--
<?php
$s = "str";
sort($s);
--EXPECTF--
Fatal error: Uncaught TypeError: sort(): Argument #1 ($array) must be of type array, string given in %s:3
Stack trace:
#0 %A{main}
  thrown in %s on line 3
