--TEST--
Assigning to a constant
--FILE--
<?php
A = 1;
--EXPECTF--
Parse error: syntax error, unexpected token "=" in %s on line 2
--EXIT_STATUS--
255
