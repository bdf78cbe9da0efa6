--TEST--
A call whose argument list is never closed
--FILE--
<?php
foo(1, 2;
--EXPECTF--
Parse error: syntax error, unexpected token ";", expecting ")" in %s on line 2
--EXIT_STATUS--
255
