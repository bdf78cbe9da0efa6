--TEST--
static as an expression
--FILE--
<?php
$a = static;
--EXPECTF--
Parse error: syntax error, unexpected token ";", expecting "::" in %s on line 2
--EXIT_STATUS--
255
