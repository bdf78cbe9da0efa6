--TEST--
Compile error for a malformed type declaration: function f(): ?void {}
--FILE--
<?php function f(): ?void {}
--EXPECTF--

Fatal error: Void can only be used as a standalone type in %s on line 1
--EXIT_STATUS--
255
