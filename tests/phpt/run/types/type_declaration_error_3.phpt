--TEST--
Compile error for a malformed type declaration: function f(void $x) {}
--FILE--
<?php function f(void $x) {}
--EXPECTF--

Fatal error: void cannot be used as a parameter type in %s on line 1
--EXIT_STATUS--
255
