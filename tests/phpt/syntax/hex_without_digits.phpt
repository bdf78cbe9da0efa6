--TEST--
A hexadecimal prefix without digits
--FILE--
<?php
$a = 0x;
--EXPECTF--
Parse error: syntax error, unexpected identifier "x" in %s on line 2
--EXIT_STATUS--
255
