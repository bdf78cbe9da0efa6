--TEST--
A statement without its semicolon
--FILE--
<?php
$a = 1
$b = 2;
--EXPECTF--
Parse error: syntax error, unexpected variable "$b" in %s on line 3
--EXIT_STATUS--
255
