--TEST--
Compile error for a malformed type declaration: function f(): int { return; }
--FILE--
<?php function f(): int { return; }
--EXPECTF--

Fatal error: A function with return type must return a value in %s on line 1
--EXIT_STATUS--
255
