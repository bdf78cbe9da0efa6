--TEST--
range(): floats with a step larger than the range
--FILE--
<?php
range(1.0, 2.0, 5);
--EXPECTF--
Fatal error: Uncaught ValueError: range(): Argument #3 ($step) must not exceed the specified range in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
