--TEST--
range(): characters with a step larger than the range
--FILE--
<?php
range("a", "c", 5);
--EXPECTF--
Fatal error: Uncaught ValueError: range(): Argument #3 ($step) must not exceed the specified range in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
