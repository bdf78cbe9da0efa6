--TEST--
Compile error for a malformed type declaration: function f(): void { return 1; }
--FILE--
<?php function f(): void { return 1; }
--EXPECTF--

Fatal error: A void function must not return a value in %s on line 1
--EXIT_STATUS--
255
