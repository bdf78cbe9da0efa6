--TEST--
A double-quoted string never closed
--FILE--
<?php
$a = "abc;
$b = 1;
--EXPECTF--
Parse error: syntax error, unexpected end of file in %s on line 4
--EXIT_STATUS--
255
