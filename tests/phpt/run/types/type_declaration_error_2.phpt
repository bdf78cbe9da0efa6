--TEST--
Compile error for a malformed type declaration: function f(int|INT $x) {}
--FILE--
<?php function f(int|INT $x) {}
--EXPECTF--

Fatal error: Duplicate type int is redundant in %s on line 1
--EXIT_STATUS--
255
