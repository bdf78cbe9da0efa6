--TEST--
A ternary without its else part
--FILE--
<?php
$a = $b ? 1;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s on line 2
--EXIT_STATUS--
255
