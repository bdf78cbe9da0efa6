--TEST--
An array literal still open at the end of the file
--FILE--
<?php
$a = [1, 2,
--EXPECTF--
Parse error: Unclosed '[' on line 2 in %s on line 3
--EXIT_STATUS--
255
