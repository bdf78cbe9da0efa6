--TEST--
A dollar sign followed by a number
--FILE--
<?php
$1 = 2;
--EXPECTF--
Parse error: syntax error, unexpected integer "1", expecting variable or "{" or "$" in %s on line 2
--EXIT_STATUS--
255
