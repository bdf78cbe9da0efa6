--TEST--
range(): a null step is deprecated, then zero
--FILE--
<?php
range(1, 2, null);
--EXPECTF--
Deprecated: range(): Passing null to parameter #3 ($step) of type int|float is deprecated in %s on line 2

Fatal error: Uncaught ValueError: range(): Argument #3 ($step) must not exceed the specified range in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
