--TEST--
range(): a non-numeric step
--FILE--
<?php
range(1, 2, "x");
--EXPECTF--
Fatal error: Uncaught TypeError: range(): Argument #3 ($step) must be of type int|float, string given in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
