--TEST--
An import ending in a backslash
--FILE--
<?php
use A\B\;
--EXPECTF--
Parse error: syntax error, unexpected token ";", expecting "{" in %s on line 2
--EXIT_STATUS--
255
