--TEST--
Dynamic call error: $f = "Foo::bar"; $f();
--FILE--
<?php $f = "Foo::bar"; $f();
--EXPECTF--

Fatal error: Uncaught Error: Class "Foo" not found in %s:1
Stack trace:
#0 {main}
  thrown in %s on line 1
--EXIT_STATUS--
255
