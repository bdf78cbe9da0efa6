--TEST--
An assignment without a right-hand side
--FILE--
<?php
$a = ;
--EXPECTF--
Parse error: syntax error, unexpected token ";" in %s on line 2
--EXIT_STATUS--
255
