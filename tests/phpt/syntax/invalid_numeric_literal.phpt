--TEST--
A decimal literal with a leading zero and an 8
--FILE--
<?php
$a = 0189;
--EXPECTF--
Parse error: Invalid numeric literal in %s on line 2
--EXIT_STATUS--
255
