--TEST--
An underscore at the end of a number
--FILE--
<?php
$a = 1000_;
--EXPECTF--
Parse error: syntax error, unexpected identifier "_" in %s on line 2
--EXIT_STATUS--
255
