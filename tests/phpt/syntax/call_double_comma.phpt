--TEST--
Two commas in a row in a call
--FILE--
<?php
f(1,, 2);
--EXPECTF--
Parse error: syntax error, unexpected token ",", expecting ")" in %s on line 2
--EXIT_STATUS--
255
