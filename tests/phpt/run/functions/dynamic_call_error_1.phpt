--TEST--
Dynamic call error: $f = "nope"; $f();
--FILE--
<?php $f = "nope"; $f();
--EXPECTF--

Fatal error: Uncaught Error: Call to undefined function nope() in %s:1
Stack trace:
#0 {main}
  thrown in %s on line 1
--EXIT_STATUS--
255
