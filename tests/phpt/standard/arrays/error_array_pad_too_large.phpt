--TEST--
array_pad(): padding by more than 1048576 elements
--FILE--
<?php
var_dump(count(array_pad([], -1048576, 0)));
array_pad([], 1048577, 0);
--EXPECTF--
int(1048576)

Fatal error: Uncaught ValueError: array_pad(): Argument #2 ($length) must be less than or equal to 1048576 in %s:3
Stack trace:
#0 %A{main}
  thrown in %s on line 3
