--TEST--
range(): more float elements than an array can hold
--FILE--
<?php
range(0, -1e10, 1.0);
--EXPECTF--
Fatal error: Uncaught ValueError: The supplied range exceeds the maximum array size: start=-10000000000 end=0 in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
