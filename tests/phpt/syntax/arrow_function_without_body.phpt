--TEST--
An arrow function without an expression
--FILE--
<?php
$f = fn($x) => ;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s on line 2
--EXIT_STATUS--
255
