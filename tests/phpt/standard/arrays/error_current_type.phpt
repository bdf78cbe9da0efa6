--TEST--
current(): the argument must be an array
--FILE--
<?php
current(1);
--EXPECTF--
Fatal error: Uncaught TypeError: current(): Argument #1 ($array) must be of type array, int given in %s:2
Stack trace:
#0 %A{main}
  thrown in %s on line 2
