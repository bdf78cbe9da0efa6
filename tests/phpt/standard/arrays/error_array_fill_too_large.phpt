--TEST--
array_fill(): a count that is too large
--FILE--
<?php
array_fill(0, PHP_INT_MAX, 1);
--EXPECTF--
Fatal error: Uncaught ValueError: array_fill(): Argument #2 ($count) is too large in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
