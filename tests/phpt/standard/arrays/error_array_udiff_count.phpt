--TEST--
array_udiff(): the arrays and the callback are both required
--FILE--
<?php
array_udiff([1]);
--EXPECTF--
Fatal error: Uncaught ArgumentCountError: array_udiff() expects at least 2 arguments, 1 given in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
