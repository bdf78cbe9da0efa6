--TEST--
array_chunk(): a length below 1
--FILE--
<?php
array_chunk([1], 0);
--EXPECTF--
Fatal error: Uncaught ValueError: array_chunk(): Argument #2 ($length) must be greater than 0 in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
