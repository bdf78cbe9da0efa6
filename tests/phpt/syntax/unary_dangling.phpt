--TEST--
A unary operator with nothing after it
--FILE--
<?php
$a = !;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s on line 2
--EXIT_STATUS--
255
