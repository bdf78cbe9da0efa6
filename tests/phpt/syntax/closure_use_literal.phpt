--TEST--
A closure use list with a literal
--FILE--
<?php
$f = function () use (1) {};
--EXPECTF--
Parse error: syntax error, unexpected integer "1", expecting variable or "&" or amp in %s on line 2
--EXIT_STATUS--
255
