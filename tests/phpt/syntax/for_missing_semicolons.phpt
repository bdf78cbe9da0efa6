--TEST--
for with commas where semicolons belong
--FILE--
<?php
for ($i = 0, $i < 3, $i++) {}
--EXPECTF--
Parse error: syntax error, unexpected token ")", expecting ";" in %s on line 2
--EXIT_STATUS--
255
