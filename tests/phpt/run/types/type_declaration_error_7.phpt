--TEST--
Compile error for a malformed type declaration: function f(): never { return; }
--FILE--
<?php function f(): never { return; }
--EXPECTF--

Fatal error: A never-returning function must not return in %s on line 1
--EXIT_STATUS--
255
