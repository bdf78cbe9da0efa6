--TEST--
range(): a zero step is a ValueError
--FILE--
<?php
var_dump(range(1, 1, 0));
range(1, 2, 0);
--EXPECTF--
Fatal error: Uncaught ValueError: range(): Argument #3 ($step) must not exceed the specified range in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
