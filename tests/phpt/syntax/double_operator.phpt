--TEST--
Two binary operators in a row
--FILE--
<?php
$a = 1 + * 2;
--EXPECTF--
Parse error: syntax error, unexpected token "*" in %s on line 2
--EXIT_STATUS--
255
