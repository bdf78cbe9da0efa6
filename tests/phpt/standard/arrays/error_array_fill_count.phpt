--TEST--
array_fill(): a negative count
--FILE--
<?php
array_fill(0, -1, 1);
--EXPECTF--
Fatal error: Uncaught ValueError: array_fill(): Argument #2 ($count) must be greater than or equal to 0 in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
