--TEST--
sort(): non-numeric flags
--FILE--
<?php
$a = [1];
sort($a, "x");
--EXPECTF--
Fatal error: Uncaught TypeError: sort(): Argument #2 ($flags) must be of type int, string given in %s:3
Stack trace:
#0 %A{main}
  thrown in %s on line 3
