--TEST--
Two underscores in a row in a number
--FILE--
<?php
$a = 1__000;
--EXPECTF--
Parse error: syntax error, unexpected identifier "__000" in %s on line 2
--EXIT_STATUS--
255
