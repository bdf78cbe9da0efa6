--TEST--
range(): more elements than an array can hold
--FILE--
<?php
range(PHP_INT_MIN, PHP_INT_MAX);
--EXPECTF--
Fatal error: Uncaught ValueError: The supplied range exceeds the maximum array size: start=-9223372036854775808 end=9223372036854775807 in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
