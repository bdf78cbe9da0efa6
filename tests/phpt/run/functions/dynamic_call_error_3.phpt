--TEST--
Dynamic call error: $f = [1,2]; $f();
--FILE--
<?php $f = [1,2]; $f();
--EXPECTF--

Fatal error: Uncaught Error: First array member is not a valid class name or object in %s:1
Stack trace:
#0 {main}
  thrown in %s on line 1
--EXIT_STATUS--
255
