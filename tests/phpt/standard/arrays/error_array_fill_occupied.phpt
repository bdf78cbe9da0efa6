--TEST--
array_fill(): keys past PHP_INT_MAX
--FILE--
<?php
array_fill(PHP_INT_MAX, 2, 1);
--EXPECTF--
Fatal error: Uncaught Error: Cannot add element to the array as the next element is already occupied in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
