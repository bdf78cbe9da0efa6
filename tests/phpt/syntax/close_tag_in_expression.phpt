--TEST--
A close tag in the middle of an expression
--FILE--
<?php
$a = 1 + ?>
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s on line 2
--EXIT_STATUS--
255
