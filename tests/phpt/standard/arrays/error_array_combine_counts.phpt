--TEST--
array_combine(): arrays of different sizes
--FILE--
<?php
array_combine([1, 2], [1]);
--EXPECTF--
Fatal error: Uncaught ValueError: array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
