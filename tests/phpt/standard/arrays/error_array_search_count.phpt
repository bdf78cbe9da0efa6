--TEST--
array_search(): too few arguments
--FILE--
<?php
array_search(1);
--EXPECTF--
Fatal error: Uncaught ArgumentCountError: array_search() expects at least 2 arguments, 1 given in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
