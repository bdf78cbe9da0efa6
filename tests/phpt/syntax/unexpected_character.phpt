--TEST--
A stray control character in code
--FILE--
<?php
$a = 1;
$b = 2;
--EXPECTF--
Parse error: syntax error, unexpected character 0x01, expecting end of file in %s on line 2
--EXIT_STATUS--
255
