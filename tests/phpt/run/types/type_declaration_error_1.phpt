--TEST--
Compile error for a malformed type declaration: function f(?mixed $x) {}
--FILE--
<?php function f(?mixed $x) {}
--EXPECTF--

Fatal error: Type mixed cannot be marked as nullable since mixed already includes null in %s on line 1
--EXIT_STATUS--
255
