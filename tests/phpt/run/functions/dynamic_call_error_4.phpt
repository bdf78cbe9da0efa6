--TEST--
Dynamic call error: $f = [1]; $f();
--FILE--
<?php $f = [1]; $f();
--EXPECTF--

Fatal error: Uncaught Error: Array callback must have exactly two elements in %s:1
Stack trace:
#0 {main}
  thrown in %s on line 1
--EXIT_STATUS--
255
