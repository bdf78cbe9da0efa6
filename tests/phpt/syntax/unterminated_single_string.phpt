--TEST--
A single-quoted string never closed
--FILE--
<?php
$a = 'abc;
--EXPECTF--
Parse error: syntax error, unexpected string content "abc;" in %s on line 2
--EXIT_STATUS--
255
