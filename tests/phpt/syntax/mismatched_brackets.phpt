--TEST--
A bracket closed by a parenthesis
--FILE--
<?php
$a = [1, 2);
--EXPECTF--
Parse error: Unclosed '[' does not match ')' in %s on line 2
--EXIT_STATUS--
255
