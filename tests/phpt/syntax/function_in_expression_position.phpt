--TEST--
A named function as an expression
--FILE--
<?php
$f = function g() {};
--EXPECTF--
Parse error: syntax error, unexpected identifier "g", expecting "(" in %s on line 2
--EXIT_STATUS--
255
