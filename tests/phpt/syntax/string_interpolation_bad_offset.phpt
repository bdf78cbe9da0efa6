--TEST--
A string offset that is not a name, number or variable
--FILE--
<?php
$a = "$b[-x]";
--EXPECTF--
Parse error: syntax error, unexpected identifier "x", expecting number in %s on line 2
--EXIT_STATUS--
255
