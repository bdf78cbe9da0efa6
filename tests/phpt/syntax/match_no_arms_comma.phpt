--TEST--
A match arm list starting with a comma
--FILE--
<?php
$r = match ($a) { , };
--EXPECTF--
Parse error: syntax error, unexpected token ",", expecting "}" in %s on line 2
--EXIT_STATUS--
255
